/**
 * The hover and selection outlines draw a source holding only the outlined
 * polygons; MapSync refills it when the hover or the selection changes.
 */
import type { Feature, Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { AdminProps, Geography } from '../mapmodel/geography';
import { MapSync } from './mapSync';
import { outlineCollection } from './outlines';
import { SOURCES } from '../mapmodel/style/sources';

function polygon(id: string, level: 0 | 1 | 2): Feature<Geometry, AdminProps> {
  const ring = [
    [level, 0],
    [level + 1, 0],
    [level, 1],
    [level, 0],
  ];
  return {
    type: 'Feature',
    properties: { id, code: id, level },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

const empty = { type: 'FeatureCollection' as const, features: [] };
const geography: Geography = {
  neighbours: empty,
  provinces: { type: 'FeatureCollection', features: [polygon('chongqing', 0)] },
  provinceBorders: empty,
  countryOutline: empty,
  boundaryLines: empty,
  regions: { type: 'FeatureCollection', features: [polygon('rongchang', 2)] },
  rivers: empty,
  lakes: empty,
  extent: null,
  bounds: new Map(),
};

const flags = (data: unknown) =>
  (data as ReturnType<typeof outlineCollection>).features.map((f) => [
    f.properties.id,
    f.properties.hover,
    f.properties.selected,
  ]);

describe('outlineCollection', () => {
  it('holds the selected and the hovered polygon, provinces first, each flagged', () => {
    const data = outlineCollection(geography, 'chongqing', 'rongchang');
    expect(flags(data)).toEqual([
      ['chongqing', true, false],
      ['rongchang', false, true],
    ]);
    expect(data.features[1]?.geometry).toBe(geography.regions.features[0]?.geometry);
  });

  it('holds one polygon flagged both ways when it is hovered and selected', () => {
    expect(flags(outlineCollection(geography, 'rongchang', 'rongchang'))).toEqual([
      ['rongchang', true, true],
    ]);
  });

  it('is empty for nothing, and for ids without a polygon', () => {
    expect(outlineCollection(geography, null, null).features).toEqual([]);
    expect(outlineCollection(geography, 'zigong', null).features).toEqual([]);
  });
});

describe('MapSync outlines', () => {
  function recordingMap() {
    const sent: Record<string, unknown[]> = {};
    const map = {
      getSource: (id: string) => ({ setData: (d: unknown) => (sent[id] ??= []).push(d) }),
      getLayer: () => undefined,
      setFilter: () => undefined,
      setFeatureState: () => undefined,
    };
    return { map: map as unknown as MapLibreMap, sent: (id: string) => sent[id] ?? [] };
  }

  it('refills the outline source when hover or selection moves, and only then', () => {
    const { map, sent } = recordingMap();
    const sync = new MapSync(map);
    sync.setGeography(geography);
    sync.setSelected({ kind: 'region', id: 'rongchang' });
    expect(flags(sent(SOURCES.outlines).at(-1))).toEqual([['rongchang', false, true]]);

    sync.setHover({ kind: 'region', id: 'chongqing' });
    expect(flags(sent(SOURCES.outlines).at(-1))).toEqual([
      ['chongqing', true, false],
      ['rongchang', false, true],
    ]);

    // A link under the pointer outlines no polygon.
    const before = sent(SOURCES.outlines).length;
    sync.setHover({ kind: 'link', id: 'a~b' });
    expect(flags(sent(SOURCES.outlines).at(-1))).toEqual([['rongchang', false, true]]);
    sync.setHover(null);
    expect(sent(SOURCES.outlines)).toHaveLength(before + 1);
  });
});
