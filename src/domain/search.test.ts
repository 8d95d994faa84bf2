import { describe, expect, it } from 'vitest';
import { makeArticle, makeEvent, makeFigure, makeIndex, REGIONS } from '../testing/fixtures';
import { buildIndex } from './atlasIndex';
import { hitAction, search, type SearchHit } from './search';
import { normalizeQuery, sentenceAround } from './searchText';

const base = makeIndex({
  events: [
    makeEvent({ id: 'e1', title: { zh: '川浙经贸座谈会', en: 'Sichuan–Zhejiang forum' } }),
    makeEvent({
      id: 'e2',
      title: { zh: '荣昌电子电路产业园签约', en: 'Electronic circuit park agreement' },
      parties: ['rongchang', 'sichuan'],
    }),
  ],
  figures: [makeFigure({ metric: { zh: '产业园总投资', en: 'Park investment' } })],
  articles: [
    makeArticle({ title: { zh: '川渝共建产业集群', en: 'Sichuan and Chongqing build a cluster' } }),
  ],
});
const [province] = REGIONS;
if (!province) throw new Error('the fixture has no regions');
// Short forms as the gazetteer has them: 川 and 渝 are unambiguous, 吉林 names two regions.
const index = buildIndex({
  ...base.atlas,
  regions: [
    ...REGIONS.map((r) =>
      r.id === 'sichuan'
        ? { ...r, shortNames: ['四川', '川'] }
        : r.id === 'chongqing'
          ? { ...r, shortNames: ['重庆', '渝'] }
          : r.id === 'zhejiang'
            ? { ...r, shortNames: ['浙江', '浙'] }
            : r.id === 'rongchang'
              ? { ...r, shortNames: ['荣昌'] }
              : r,
    ),
    {
      ...province,
      id: 'jilin',
      code: '220000',
      name: { zh: '吉林省', en: 'Jilin' },
      shortNames: ['吉林'],
    },
    {
      ...province,
      id: 'jilin-city',
      code: '220200',
      name: { zh: '吉林市', en: 'Jilin' },
      shortNames: ['吉林'],
      level: 'prefecture',
      parent: 'jilin',
    },
  ],
});

// The detail of article a1, as the detail API would have loaded it.
const details = new Map([
  [
    'a1',
    {
      id: 'a1',
      summary: { zh: '两地签约共建园区', en: 'A park agreement' },
      events: { e1: '座谈会在成都举行', e2: '共建重庆电子电路产业园' },
      figures: { f1: '该项目总投资150亿元' },
    },
  ],
]);
const noTexts = new Map<string, string>();

const firstOf = (query: string, kind: SearchHit['kind']) =>
  search(index, query, noTexts, details).find((g) => g.kind === kind)?.hits[0];

describe('search', () => {
  it.each(['荣昌', 'Rongchang', 'rongchang', 'rong chang', 'Róngchāng', '荣昌区'])(
    'finds Rongchang first for %s',
    (query) => {
      const hit = firstOf(query, 'region');
      expect(hit?.kind === 'region' && hit.region.id).toBe('rongchang');
    },
  );

  it('resolves unambiguous short forms and lists both places for an ambiguous one', () => {
    const chuan = firstOf('川', 'region');
    expect(chuan?.kind === 'region' && chuan.region.id).toBe('sichuan');
    const yu = firstOf('渝', 'region');
    expect(yu?.kind === 'region' && yu.region.id).toBe('chongqing');
    const jilin = search(index, '吉林').find((g) => g.kind === 'region')?.hits ?? [];
    expect(jilin.map((h) => (h.kind === 'region' ? h.region.id : '')).sort()).toEqual([
      'jilin',
      'jilin-city',
    ]);
  });

  it('reads two short forms as the link between them when the atlas has it', () => {
    const link = firstOf('川渝', 'link');
    expect(link).toBeUndefined();
    const withLink = firstOf('川浙', 'link');
    expect(withLink?.kind === 'link' && withLink.key).toBe('sichuan~zhejiang');
    const latin = firstOf('Sichuan Zhejiang', 'link');
    expect(latin?.kind === 'link' && latin.key).toBe('sichuan~zhejiang');
  });

  it('finds articles, events and figures by title, metric and quote, grouped by kind', () => {
    const groups = search(index, '产业园', noTexts, details);
    expect(groups.map((g) => g.kind)).toEqual(['event', 'figure']);
    expect(search(index, '产业集群').map((g) => g.kind)).toEqual(['article']);
    expect(firstOf('circuit', 'event')?.key).toBe('a1#e2');
  });

  it('finds summaries and quotes once their detail is loaded', () => {
    // 成都 is only in e1's quote, 签约共建 only in the summary.
    expect(search(index, '成都')).toEqual([]);
    expect(firstOf('成都', 'event')?.key).toBe('a1#e1');
    expect(search(index, '签约共建')).toEqual([]);
    expect(firstOf('签约共建', 'article')?.key).toBe('a1');
    expect(firstOf('150亿', 'figure')?.key).toBe('a1#f1');
  });

  it('matches full text only for the texts given, opening the article at the sentence', () => {
    const texts = new Map([['a1', '开头一句。浙商在川投资兴业，成效显著。结尾。']]);
    expect(search(index, '兴业')).toEqual([]);
    const hit = search(index, '兴业', texts)[0]?.hits[0];
    expect(hit && hitAction(index, hit).article).toEqual({
      id: 'a1',
      quote: '浙商在川投资兴业，成效显著。',
    });
  });

  it('selects the link of an event and opens its article at the event', () => {
    const hit = firstOf('circuit', 'event');
    expect(hit && hitAction(index, hit)).toEqual({
      select: { kind: 'pair', a: 'rongchang', b: 'sichuan' },
      article: { id: 'a1', quote: null, record: { kind: 'event', id: 'e2' } },
    });
  });

  it('ignores one-letter Latin queries and empty ones', () => {
    expect(search(index, 'r')).toEqual([]);
    expect(search(index, '  ')).toEqual([]);
  });
});

describe('query text', () => {
  it('normalises case, tones, width and separators', () => {
    expect(normalizeQuery("Guang'an")).toBe('guangan');
    expect(normalizeQuery('ＲＯＮＧ  Chāng')).toBe('rongchang');
  });

  it('finds the sentence around a match', () => {
    expect(sentenceAround('一。二三四！五', '三')).toBe('二三四！');
    expect(sentenceAround('一二', '九')).toBeNull();
  });
});
