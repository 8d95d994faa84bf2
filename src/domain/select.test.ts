import { describe, expect, it } from 'vitest';
import { makeArticle, makeEvent, makeFigure, makeIndex } from '../testing/fixtures';
import { selectPairDetails, selectRegionDetails, topLinks } from './details';
import { NO_FILTERS } from './filters';
import { pairKey, selectView } from './select';

describe('selectView', () => {
  const index = makeIndex({
    events: [
      makeEvent({
        id: 'a',
        parties: ['sichuan', 'zhejiang'],
        date: '2016-09-27',
        sectors: ['tourism'],
      }),
      makeEvent({
        id: 'b',
        parties: ['zhejiang', 'aba'],
        direction: { from: 'zhejiang', to: 'aba' },
      }),
      makeEvent({ id: 'c', parties: ['sichuan', 'aba'] }),
      makeEvent({
        id: 'd',
        parties: ['jiangxi', 'hunan'],
        date: '2014-04',
        sectors: ['electronics'],
      }),
      makeEvent({
        id: 'e',
        parties: ['sichuan', 'chongqing'],
        date: '2020',
        endDate: '2023',
        venue: 'rongchang',
      }),
    ],
    figures: [makeFigure()],
  });

  it('derives links from parties, skipping a region paired with its own parent', () => {
    const view = selectView(index, NO_FILTERS);
    expect(view.links.map((l) => l.id).sort()).toEqual(
      ['aba~zhejiang', 'chongqing~sichuan', 'hunan~jiangxi', 'sichuan~zhejiang'].sort(),
    );
  });

  it('keeps the direction of paired assistance', () => {
    const link = selectView(index, NO_FILTERS).links.find(
      (l) => l.id === pairKey('aba', 'zhejiang'),
    );
    expect(link?.direction).toEqual({ from: 'zhejiang', to: 'aba' });
  });

  it('filters by years using event spans', () => {
    expect(selectView(index, { years: [2014, 2014], sectors: [] }).links.map((l) => l.id)).toEqual([
      'hunan~jiangxi',
    ]);
    expect(selectView(index, { years: [2021, 2021], sectors: [] }).links.map((l) => l.id)).toEqual([
      'chongqing~sichuan',
    ]);
  });

  it('filters by sector', () => {
    const view = selectView(index, { years: null, sectors: ['electronics'] });
    expect(view.events.map((e) => e.id)).toEqual(['d']);
    expect(view.figures).toHaveLength(1);
  });

  it('rolls activity up to containing regions', () => {
    const view = selectView(index, NO_FILTERS);
    expect(view.activity.get('rongchang')).toBe(1);
    expect(view.activity.get('chongqing')).toBe(1);
    expect(view.activity.get('sichuan')).toBe(4);
  });
});

describe('panel details', () => {
  const index = makeIndex({
    events: [
      makeEvent({ parties: ['sichuan', 'chongqing'], venue: 'rongchang', date: '2023-03-31' }),
    ],
    figures: [makeFigure(), makeFigure({ id: 'f2', regions: ['sichuan', 'chongqing'], value: 5 })],
  });
  const view = selectView(index, NO_FILTERS);

  it('gives a region its own and its places’ figures and events', () => {
    const chongqing = selectRegionDetails(index, view, 'chongqing');
    expect(chongqing?.figures.map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(chongqing?.events).toHaveLength(1);
    expect(selectRegionDetails(index, view, 'rongchang')?.figures[0]?.value).toBe(15_000_000_000);
    expect(selectRegionDetails(index, view, 'nowhere')).toBeNull();
  });

  it('gives a pair the figures about both sides', () => {
    const pair = selectPairDetails(index, view, 'sichuan', 'chongqing');
    expect(pair?.link?.events).toHaveLength(1);
    expect(pair?.figures.map((f) => f.id)).toEqual(['f2']);
  });
});

describe('topLinks', () => {
  it('ranks links reported by more articles above one busy multi-party article', () => {
    const index = makeIndex({
      events: [
        makeEvent({ id: 'x1', article: 'a1', parties: ['sichuan', 'zhejiang'] }),
        makeEvent({ id: 'x2', article: 'a2', parties: ['sichuan', 'zhejiang'] }),
        ...['d1', 'd2', 'd3'].map((id) =>
          makeEvent({ id, article: 'a3', parties: ['jiangxi', 'hunan'] }),
        ),
      ],
    });
    expect(topLinks(selectView(index, NO_FILTERS), 2).map((l) => l.id)).toEqual([
      'sichuan~zhejiang',
      'hunan~jiangxi',
    ]);
  });
});

describe('a sector filter lists an article only where its events or figures have that sector', () => {
  // The Rongchang case: the article names Rongchang and is tagged tourism, but its tourism
  // event is Chengdu's promotion in Chongqing, and its Rongchang records are electronics.
  const index = makeIndex({
    articles: [
      makeArticle({
        regions: ['sichuan', 'chongqing', 'rongchang'],
        sectors: ['electronics', 'tourism'],
      }),
      makeArticle({ id: 'a2', regions: ['hunan'], sectors: ['tourism'] }),
    ],
    events: [
      makeEvent({ id: 'park', parties: ['rongchang', 'sichuan'], sectors: ['electronics'] }),
      makeEvent({ id: 'promo', parties: ['sichuan', 'chongqing'], sectors: ['tourism'] }),
    ],
    figures: [makeFigure({ regions: ['rongchang'], sectors: ['electronics'] })],
  });
  const tourism = selectView(index, { years: null, sectors: ['tourism'] });

  it('leaves the article out of Rongchang’s panel under tourism', () => {
    const rongchang = selectRegionDetails(index, tourism, 'rongchang');
    expect(rongchang?.events).toEqual([]);
    expect(rongchang?.figures).toEqual([]);
    expect(rongchang?.articles).toEqual([]);
  });

  it('keeps it where a tourism record involves the region', () => {
    expect(selectRegionDetails(index, tourism, 'chongqing')?.articles.map((a) => a.id)).toEqual([
      'a1',
    ]);
  });

  it('keeps it under Rongchang for electronics, and with no sector filter', () => {
    const electronics = selectView(index, { years: null, sectors: ['electronics'] });
    expect(selectRegionDetails(index, electronics, 'rongchang')?.articles).toHaveLength(1);
    expect(
      selectRegionDetails(index, selectView(index, NO_FILTERS), 'rongchang')?.articles,
    ).toHaveLength(1);
  });

  it('leaves out of the overview an article tagged with the sector but with no record in it', () => {
    expect(tourism.articles.map((a) => a.id)).toEqual(['a1']);
  });

  it('still lists an article by its publication year when only years are filtered', () => {
    const view = selectView(index, { years: [2016, 2016], sectors: [] });
    expect(view.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(selectRegionDetails(index, view, 'hunan')?.articles.map((a) => a.id)).toEqual(['a2']);
  });
});
