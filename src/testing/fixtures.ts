/**
 * A small fixture factory for unit tests: a handful of regions and a builder
 * for events, figures and articles with sensible defaults.
 */
import { buildIndex, type AtlasIndex } from '../domain/atlasIndex';
import type { Article, Atlas, AtlasEvent, Figure, FullAtlas, Region } from '../domain/schema';

function region(
  id: string,
  code: string,
  zh: string,
  en: string,
  level: Region['level'],
  parent: string | null,
): Region {
  return {
    id,
    code,
    name: { zh, en },
    shortNames: [],
    level,
    parent,
    point: [100, 30],
    hasPolygon: true,
  };
}

/** Regions: two provinces with nested places, plus two more provinces. */
export const REGIONS: Region[] = [
  region('sichuan', '510000', '四川省', 'Sichuan', 'province', null),
  region('aba', '513200', '阿坝藏族羌族自治州', 'Aba', 'prefecture', 'sichuan'),
  region('zhejiang', '330000', '浙江省', 'Zhejiang', 'province', null),
  region('chongqing', '500000', '重庆市', 'Chongqing', 'province', null),
  region('rongchang', '500153', '荣昌区', 'Rongchang', 'county', 'chongqing'),
  region('jiangxi', '360000', '江西省', 'Jiangxi', 'province', null),
  region('hunan', '430000', '湖南省', 'Hunan', 'province', null),
];

/** An event with defaults; override what the test is about. */
export function makeEvent(over: Partial<AtlasEvent> = {}): AtlasEvent {
  return {
    id: 'e1',
    article: 'a1',
    type: 'forum',
    title: { zh: '座谈会', en: 'Forum' },
    date: '2016-09-27',
    venue: null,
    parties: ['sichuan', 'zhejiang'],
    sectors: ['tourism'],
    ...over,
  };
}

/** A figure with defaults. */
export function makeFigure(over: Partial<Figure> = {}): Figure {
  return {
    id: 'f1',
    article: 'a1',
    metric: { zh: '投资', en: 'Investment' },
    value: 15_000_000_000,
    unit: 'yuan',
    qualifier: 'exact',
    asOf: '2023',
    regions: ['rongchang'],
    sectors: ['electronics'],
    ...over,
  };
}

/** An article with defaults. */
export function makeArticle(over: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    status: 'curated',
    title: { zh: '标题', en: 'Title' },
    published: '2016-09-28',
    source: { zh: '来源', en: 'Source' },
    regions: ['sichuan', 'zhejiang'],
    sectors: ['tourism'],
    ...over,
  };
}

/** An indexed atlas from the given records (regions and two sectors by default). */
export function makeIndex(
  parts: { events?: AtlasEvent[]; figures?: Figure[]; articles?: Article[] } = {},
): AtlasIndex {
  const atlas: Atlas = {
    dataDate: '2024-05-17',
    regions: REGIONS,
    sectors: [
      { id: 'tourism', name: { zh: '旅游', en: 'Tourism' } },
      { id: 'electronics', name: { zh: '电子信息', en: 'Electronics' } },
    ],
    articles: parts.articles ?? [makeArticle()],
    events: parts.events ?? [makeEvent()],
    figures: parts.figures ?? [],
  };
  return buildIndex(atlas);
}

/** Three articles (a1–a3, one a year from 2010) with a summary and one quoted event each: detail to read. */
export function detailAtlas(): FullAtlas {
  const ids = ['a1', 'a2', 'a3'];
  return {
    version: 1,
    dataDate: '2016-09-28',
    regions: REGIONS,
    sectors: [{ id: 'tourism', name: { zh: '旅游', en: 'Tourism' } }],
    articles: ids.map((id, i) => ({
      ...makeArticle({ id, published: `201${i}-01-01` }),
      summary: { zh: `摘要${i}`, en: `Summary ${i}` },
    })),
    events: ids.map((article) => ({ ...makeEvent({ article }), quote: `${article}的引文` })),
    figures: [],
  };
}
