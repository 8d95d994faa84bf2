/**
 * A small gazetteer with real places at their real points (provinces, prefectures,
 * counties) and a factory of events between them, for the map model's tests.
 */
import { buildIndex, type AtlasIndex } from '../domain/atlasIndex';
import type { Atlas, AtlasEvent, Region } from '../domain/schema';

/** A region of the test gazetteer. */
export function geoRegion(
  id: string,
  level: Region['level'],
  parent: string | null,
  point: [number, number],
): Region {
  return {
    id,
    code: '000000',
    name: { zh: `${id}-zh`, en: `${id}-en` },
    shortNames: [],
    level,
    parent,
    point,
    hasPolygon: true,
  };
}

/** Sichuan, Chongqing, Zhejiang, Jiangxi and Hunan with some of their prefectures and counties. */
export const GEO_REGIONS: Region[] = [
  geoRegion('sichuan', 'province', null, [102.7, 30.6]),
  geoRegion('chengdu', 'prefecture', 'sichuan', [104.06, 30.66]),
  geoRegion('pujiang', 'county', 'chengdu', [103.5, 30.2]),
  geoRegion('deyang', 'prefecture', 'sichuan', [104.4, 31.13]),
  geoRegion('aba', 'prefecture', 'sichuan', [102.22, 31.9]),
  geoRegion('zigong', 'prefecture', 'sichuan', [104.77, 29.36]),
  geoRegion('chongqing', 'province', null, [107.9, 30.1]),
  geoRegion('rongchang', 'county', 'chongqing', [105.59, 29.41]),
  geoRegion('jiangbei', 'county', 'chongqing', [106.57, 29.61]),
  geoRegion('zhejiang', 'province', null, [120.15, 29.2]),
  geoRegion('hangzhou', 'prefecture', 'zhejiang', [120.15, 30.29]),
  geoRegion('huzhou', 'prefecture', 'zhejiang', [120.09, 30.89]),
  geoRegion('jiangxi', 'province', null, [115.7, 27.6]),
  geoRegion('pingxiang', 'prefecture', 'jiangxi', [113.85, 27.62]),
  geoRegion('shangli', 'county', 'pingxiang', [113.8, 27.88]),
  geoRegion('hunan', 'province', null, [111.7, 27.6]),
  geoRegion('changsha', 'prefecture', 'hunan', [112.98, 28.2]),
  geoRegion('liuyang', 'county', 'changsha', [113.64, 28.16]),
];

let counter = 0;

/** An event between `parties` in `date`. */
export function geoEvent(parties: string[], date = '2021-05', extra: Partial<AtlasEvent> = {}) {
  counter += 1;
  return {
    id: `e${counter}`,
    article: 'a1',
    type: 'project-signing',
    title: { zh: `事件${counter}`, en: `event ${counter}` },
    date,
    venue: null,
    parties,
    sectors: ['energy'],
    ...extra,
  } satisfies AtlasEvent;
}

/** An indexed atlas of the test gazetteer with `events`. */
export function geoIndex(events: AtlasEvent[]): AtlasIndex {
  const atlas: Atlas = {
    dataDate: '2024-05-17',
    regions: GEO_REGIONS,
    sectors: [{ id: 'energy', name: { zh: '能源', en: 'Energy' } }],
    articles: [],
    events,
    figures: [],
  };
  return buildIndex(atlas);
}
