import { describe, expect, it } from 'vitest';
import { buildIndex } from './atlasIndex';
import { NO_FILTERS } from './filters';
import {
  activityShares,
  ARC_SEGMENTS,
  involvedBounds,
  labelNames,
  linkArc,
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
  return { index, view };
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

describe('names and places', () => {
  it('shows involved regions and their ancestors', () => {
    const { index, view } = features();
    expect(shownRegions(index, view)).toEqual([
      'aba',
      'chengdu',
      'chongqing',
      'pujiang',
      'rongchang',
      'sichuan',
      'zhejiang',
    ]);
  });

  it('gives each active region its share of the busiest one', () => {
    const { view } = features();
    const activity = activityShares(view);
    expect(activity.get('sichuan')).toEqual({ activity: 3, shade: 1 });
    expect(activity.get('rongchang')).toEqual({ activity: 1, shade: 0.333 });
    expect(activity.has('jiangxi')).toBe(false);
  });

  it('bounds the involved regions, and is empty when filters leave nothing', () => {
    const { index, view } = features();
    expect(involvedBounds(index, view)).toEqual([
      [102.22, 29.41],
      [120.15, 31.9],
    ]);
    const none = selectView(index, { years: [1990, 1991], sectors: [] });
    expect(involvedBounds(index, none)).toBeNull();
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
});
