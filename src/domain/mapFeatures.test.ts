import { describe, expect, it } from 'vitest';
import { buildIndex } from './atlasIndex';
import { NO_FILTERS } from './filters';
import type { Link } from './links';
import {
  ARC_SEGMENTS,
  buildMapFeatures,
  drawnLinks,
  labelNames,
  linkArc,
  MAX_DRAWN_LINKS,
  shownRegions,
} from './mapFeatures';
import type { Atlas, AtlasEvent, Region } from './schema';
import { selectView } from './select';

function region(
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
    hasPolygon: level !== 'county',
  };
}

function event(
  id: string,
  date: string,
  parties: string[],
  extra: Partial<AtlasEvent> = {},
): AtlasEvent {
  return {
    id,
    article: 'a1',
    type: 'project-signing',
    title: { zh: id, en: id },
    date,
    venue: null,
    parties,
    sectors: ['energy'],
    ...extra,
  };
}

function atlas(events: AtlasEvent[]): Atlas {
  return {
    dataDate: '2024-05-17',
    regions: [
      region('sichuan', 'province', null, [104.06, 30.66]),
      region('chengdu', 'prefecture', 'sichuan', [104.06, 30.66]),
      region('pujiang', 'county', 'chengdu', [103.5, 30.2]),
      region('zhejiang', 'province', null, [120.15, 30.29]),
      region('aba', 'prefecture', 'sichuan', [102.22, 31.9]),
      region('chongqing', 'province', null, [106.5, 29.54]),
      region('rongchang', 'county', 'chongqing', [105.59, 29.41]),
      region('jiangxi', 'province', null, [115.89, 28.68]),
    ],
    sectors: [{ id: 'energy', name: { zh: '能源', en: 'Energy' } }],
    articles: [],
    events,
    figures: [],
  };
}

const EVENTS = [
  event('e1', '2024-05-17', ['zhejiang', 'aba'], { direction: { from: 'zhejiang', to: 'aba' } }),
  event('e2', '2023-03', ['zhejiang', 'aba']),
  event('e3', '2024', ['pujiang', 'rongchang']),
];

function features(events = EVENTS) {
  const index = buildIndex(atlas(events));
  const view = selectView(index, NO_FILTERS);
  return { index, view, map: buildMapFeatures(index, view) };
}

describe('linkArc', () => {
  it('starts and ends at the two regions, with the given number of segments', () => {
    const arc = linkArc([104, 30], [120, 30]);
    expect(arc.coordinates).toHaveLength(ARC_SEGMENTS + 1);
    expect(arc.coordinates[0]).toEqual([104, 30]);
    expect(arc.coordinates.at(-1)).toEqual([120, 30]);
  });

  it('bows to the same side whichever end it starts from', () => {
    const eastward = linkArc([104, 30], [120, 30]);
    const westward = linkArc([120, 30], [104, 30]);
    const mid = (c: [number, number][]) => c[ARC_SEGMENTS / 2]?.[1] ?? 0;
    expect(mid(eastward.coordinates)).toBeGreaterThan(31);
    expect(mid(westward.coordinates)).toBeCloseTo(mid(eastward.coordinates), 6);
  });

  it('points the marker along the direction of travel', () => {
    // Eastward along a northward bow: past the middle the arc heads east and a little south.
    expect(linkArc([104, 30], [120, 30]).marker.bearing).toBeGreaterThan(90);
    expect(linkArc([104, 30], [120, 30]).marker.bearing).toBeLessThan(135);
    // Westward: past its middle the arc heads west and a little south.
    const westward = linkArc([120, 30], [104, 30]).marker.bearing;
    expect(westward).toBeGreaterThan(225);
    expect(westward).toBeLessThan(270);
  });
});

describe('buildMapFeatures', () => {
  it('draws one arc per link, keyed by the link id, with its event count', () => {
    const { map } = features();
    expect(map.arcs.features.map((f) => f.properties)).toEqual([
      { key: 'aba~zhejiang', count: 2, directed: 1 },
      { key: 'pujiang~rongchang', count: 1, directed: 0 },
    ]);
    expect(map.arcs.features.map((f) => f.id)).toEqual(['aba~zhejiang', 'pujiang~rongchang']);
  });

  it('marks a directed link with an arrow that runs from its source', () => {
    const { map } = features([EVENTS[0] as AtlasEvent]);
    expect(map.arcs.features[0]?.properties.directed).toBe(1);
    expect(map.arcs.features[0]?.geometry.coordinates[0]).toEqual([120.15, 30.29]);
    const [arrow] = map.arrows.features;
    expect(arrow?.properties.key).toBe('aba~zhejiang');
    // Zhejiang is east of Aba: the arrow heads west-ish.
    expect(arrow?.properties.bearing).toBeGreaterThan(180);
  });

  it('has no arrow on undirected links', () => {
    expect(features([EVENTS[2] as AtlasEvent]).map.arrows.features).toEqual([]);
  });

  it('shows involved regions and their ancestors, with level and activity', () => {
    const { index, view, map } = features();
    expect(shownRegions(index, view)).toEqual([
      'aba',
      'chengdu',
      'chongqing',
      'pujiang',
      'rongchang',
      'sichuan',
      'zhejiang',
    ]);
    const byId = new Map(map.points.features.map((f) => [f.id, f.properties]));
    expect(byId.get('pujiang')).toEqual({
      id: 'pujiang',
      level: 2,
      activity: 1,
      nameZh: 'pujiang-zh',
      nameEn: 'pujiang-en',
    });
    expect(byId.get('sichuan')?.level).toBe(0);
    // Sichuan contains Aba (2 events) and Pujiang (1): its activity rolls up to 3.
    expect(byId.get('sichuan')?.activity).toBe(3);
    expect(byId.has('jiangxi')).toBe(false);
  });

  it('labels provinces and long names by their short form', () => {
    const sichuan = {
      ...region('sichuan', 'province', null, [104, 30]),
      shortNames: ['四川', '川'],
    };
    expect(labelNames({ ...sichuan, name: { zh: '四川省', en: 'Sichuan' } })).toEqual({
      zh: '四川',
      en: 'Sichuan',
    });
    const aba = { ...region('aba', 'prefecture', 'sichuan', [102, 32]), shortNames: ['阿坝州'] };
    expect(labelNames({ ...aba, name: { zh: '阿坝藏族羌族自治州', en: 'Aba' } }).zh).toBe('阿坝州');
    const chengdu = {
      ...region('chengdu', 'prefecture', 'sichuan', [104, 30]),
      shortNames: ['蓉'],
    };
    expect(labelNames({ ...chengdu, name: { zh: '成都市', en: 'Chengdu' } }).zh).toBe('成都市');
  });

  it('labels the provinces that are not shown quietly, and only those', () => {
    const { map } = features();
    expect(map.provinceLabels.features.map((f) => f.properties.id)).toEqual(['jiangxi']);
    expect(map.provinceLabels.features[0]?.properties.activity).toBe(0);
  });

  it('gives each active region its share of the busiest one', () => {
    const { map } = features();
    expect(map.activity.get('sichuan')).toEqual({ activity: 3, shade: 1 });
    expect(map.activity.get('rongchang')).toEqual({ activity: 1, shade: 0.333 });
    expect(map.activity.has('jiangxi')).toBe(false);
  });

  it('bounds the involved regions, and is empty when filters leave nothing', () => {
    const { map } = features();
    expect(map.bounds).toEqual([
      [102.22, 29.41],
      [120.15, 31.9],
    ]);
    const index = buildIndex(atlas(EVENTS));
    const none = buildMapFeatures(index, selectView(index, { years: [1990, 1991], sectors: [] }));
    expect(none.bounds).toBeNull();
    expect(none.arcs.features).toEqual([]);
    expect(none.points.features).toEqual([]);
  });

  it('keeps features flat: only numbers and short strings', () => {
    const { map } = features();
    for (const f of [...map.arcs.features, ...map.arrows.features, ...map.points.features]) {
      for (const value of Object.values(f.properties)) {
        expect(['number', 'string']).toContain(typeof value);
      }
    }
  });
});

describe('drawnLinks', () => {
  const link = (i: number, events: number): Link => ({
    id: `r${String(i).padStart(5, '0')}~z`,
    a: `r${i}`,
    b: 'z',
    events: Array.from({ length: events }, (_, k) => event(`e${i}-${k}`, '2024', [`r${i}`, 'z'])),
    years: [2024, 2024],
    sectors: ['energy'],
    direction: null,
  });

  it('draws every link of an ordinary view, in its order', () => {
    const links = [link(2, 1), link(1, 5)];
    expect(drawnLinks(links)).toBe(links);
  });

  it('past the cap keeps the links with the most events, ties by id, and counts the rest', () => {
    // Every 10th link has 3 events, the others 1: the busy ones must all survive the cut.
    const links = Array.from({ length: MAX_DRAWN_LINKS + 500 }, (_, i) =>
      link(i, i % 10 === 0 ? 3 : 1),
    );
    const drawn = drawnLinks(links);
    expect(drawn).toHaveLength(MAX_DRAWN_LINKS);
    const busy = links.filter((l) => l.events.length === 3).map((l) => l.id);
    expect(drawn.slice(0, busy.length).map((l) => l.id)).toEqual(busy);
    // The quiet links kept are the first by id, so the same view always draws the same arcs.
    const quiet = links.filter((l) => l.events.length === 1).map((l) => l.id);
    expect(drawn.slice(busy.length).map((l) => l.id)).toEqual(
      quiet.slice(0, MAX_DRAWN_LINKS - busy.length),
    );
  });
});
