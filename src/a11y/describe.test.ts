import { describe, expect, it } from 'vitest';
import { selectView } from '../domain/select';
import { makeEvent, makeFigure, makeIndex } from '../testing/fixtures';
import { describeMap, filterMessage, selectionMessage } from './describe';
import { busiestRegions, listCounts, listItems, searchItems } from './listItems';

const index = makeIndex({
  events: [
    makeEvent({ id: 'e1', date: '2016-09-27', parties: ['sichuan', 'zhejiang'] }),
    makeEvent({
      id: 'e2',
      date: '2019-04',
      parties: ['zhejiang', 'aba'],
      direction: { from: 'zhejiang', to: 'aba' },
      sectors: ['electronics'],
    }),
    makeEvent({ id: 'e3', date: '2020', parties: ['chongqing', 'sichuan'] }),
    makeEvent({ id: 'e4', date: '2020', parties: ['chongqing', 'sichuan'] }),
  ],
  figures: [makeFigure({ regions: ['rongchang'] })],
});
const all = selectView(index, { years: null, sectors: [] });

describe('listItems', () => {
  it('lists the regions the map shows, busiest first, and its links', () => {
    const { regions, links } = listItems(index, all);
    expect(regions.map((r) => [r.id, r.activity])).toEqual([
      ['sichuan', 4],
      ['chongqing', 2],
      ['zhejiang', 2],
      ['aba', 1],
      ['rongchang', 0],
    ]);
    expect(regions.find((r) => r.id === 'aba')?.parent?.id).toBe('sichuan');
    expect(links.map((l) => [l.id, l.from.id, l.to.id])).toEqual([
      ['chongqing~sichuan', 'chongqing', 'sichuan'],
      ['aba~zhejiang', 'zhejiang', 'aba'],
      ['sichuan~zhejiang', 'sichuan', 'zhejiang'],
    ]);
  });

  it('follows the filters', () => {
    const { regions, links } = listItems(
      index,
      selectView(index, { years: [2019, 2019], sectors: [] }),
    );
    expect(regions.map((r) => r.id)).toEqual(['aba', 'sichuan', 'zhejiang']);
    expect(links.map((l) => l.id)).toEqual(['aba~zhejiang']);
  });

  it('counts its rows and finds the busiest without making them all, under any filters', () => {
    for (const filters of [
      { years: null, sectors: [] },
      { years: [2019, 2020] as const, sectors: [] },
      { years: null, sectors: ['electronics'] },
    ]) {
      const view = selectView(index, filters);
      const { regions, links } = listItems(index, view);
      expect(listCounts(index, view)).toEqual({ regions: regions.length, links: links.length });
      expect(busiestRegions(index, view, 3)).toEqual(regions.slice(0, 3));
    }
    expect(listCounts(index, all)).toEqual({ regions: 5, links: 3 });
  });
});

describe('searchItems', () => {
  const items = listItems(index, all);
  it('finds regions by Chinese or English name, id, any case and width', () => {
    expect(searchItems(items, '荣昌').regions.map((r) => r.id)).toEqual(['rongchang']);
    expect(searchItems(items, ' RONG ').regions.map((r) => r.id)).toEqual(['rongchang']);
    expect(searchItems(items, 'Ｃｈｏｎｇ').regions.map((r) => r.id)).toEqual(['chongqing']);
  });

  it('finds links by either end and keeps everything for an empty query', () => {
    expect(searchItems(items, '阿坝').links.map((l) => l.id)).toEqual(['aba~zhejiang']);
    expect(searchItems(items, '   ')).toBe(items);
    expect(searchItems(items, 'atlantis')).toEqual({ regions: [], links: [] });
  });
});

describe('describeMap', () => {
  it('says what the map shows in Chinese and English', () => {
    expect(describeMap(index, all, 'zh')).toEqual([
      '地图显示 2016–2023 年的 5 个地区和 3 条合作关系；行业：旅游、电子信息。',
      '最活跃的地区：四川省（4）、重庆市（2）、浙江省（2）。',
      '事件最多的合作关系：重庆市 — 四川省（2 个事件）。',
    ]);
    expect(describeMap(index, all, 'en')).toEqual([
      'The map shows 5 regions and 3 links, 2016–2023; sectors: Tourism, Electronics.',
      'Most active: Sichuan (4), Chongqing (2), Zhejiang (2).',
      'Busiest link: Chongqing — Sichuan (2 events).',
    ]);
  });

  it('updates with the filters, in the singular where English needs it', () => {
    const view = selectView(index, { years: [2019, 2019], sectors: ['electronics'] });
    expect(describeMap(index, view, 'en')).toEqual([
      'The map shows 3 regions and 1 link, 2019; sectors: Electronics.',
      'Most active: Aba (1), Sichuan (1), Zhejiang (1).',
      'Busiest link: Zhejiang → Aba (1 event).',
    ]);
  });

  it('says so when nothing passes the filters', () => {
    const view = selectView(index, { years: [2017, 2018], sectors: [] });
    expect(describeMap(index, view, 'zh')).toEqual([
      '在当前筛选条件下（2017–2018 年；行业：无），地图上没有合作。',
    ]);
  });
});

describe('announcements', () => {
  it('names the selected region or link with its event count', () => {
    expect(selectionMessage(index, all, { kind: 'region', id: 'sichuan' }, 'zh')).toBe(
      '已选择地区：四川省，4 个事件。',
    );
    expect(selectionMessage(index, all, { kind: 'pair', a: 'aba', b: 'zhejiang' }, 'en')).toBe(
      'Selected link: Zhejiang → Aba, 1 event.',
    );
    expect(selectionMessage(index, all, null, 'en')).toBe('Back to the overview.');
  });

  it('counts what the filters leave', () => {
    expect(filterMessage(index, all, 'zh')).toBe('筛选结果：5 个地区，3 条合作关系，4 个事件。');
  });
});
