import type { Geometry, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoundaries, type Geography } from '../mapmodel/geography';
import { worldProjection } from '../mapmodel/camera';
import { buildShapes, REF_ZOOM } from './geometry';

const { topology, geography } = readBoundaries(
  JSON.parse(readFileSync('public/data/boundaries.json', 'utf8')),
);

/**
 * The straightforward path of a GeoJSON geometry (every vertex projected with d3's
 * Mercator at the reference zoom, repeated vertices dropped): what the SVG map drew
 * before it wrote its paths from the topology's shared arcs.
 */
function reference(geometry: Geometry | null): string {
  if (!geometry) return '';
  const world = worldProjection(REF_ZOOM);
  const line = (coords: readonly Position[], close: boolean) => {
    let d = '';
    let last: [number, number] | null = null;
    for (const c of coords) {
      const [wx = 0, wy = 0] = world([c[0] ?? 0, c[1] ?? 0]) ?? [];
      const [x, y] = [Math.round(wx), Math.round(wy)];
      if (!last) d = `M${x},${y}`;
      else if (x !== last[0] || y !== last[1]) d += `l${x - last[0]},${y - last[1]}`;
      last = [x, y];
    }
    return d && close ? `${d}Z` : d;
  };
  switch (geometry.type) {
    case 'LineString':
      return line(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((c) => line(c, false)).join('');
    case 'Polygon':
      return geometry.coordinates.map((c) => line(c, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.map((p) => p.map((c) => line(c, true)).join('')).join('');
    default:
      return '';
  }
}

const all = (g: Geography, key: 'neighbours' | 'lakes' | 'rivers' | 'boundaryLines') =>
  g[key].features.map((f) => reference(f.geometry)).join('');

/** The absolute points of path data written with `M` and relative `l` steps. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let at: [number, number] = [0, 0];
  for (const m of d.matchAll(/([Ml])(-?\d+),(-?\d+)/g)) {
    const [x, y] = [Number(m[2]), Number(m[3])];
    at = m[1] === 'M' ? [x, y] : [at[0] + x, at[1] + y];
    out.push(at);
  }
  return out;
}

describe('path data of the boundaries', () => {
  const shapes = buildShapes(topology, geography);

  it('draws every province and region exactly as its GeoJSON polygon, projected with d3-geo', () => {
    expect(shapes.provinces).toHaveLength(geography.provinces.features.length);
    for (const [i, f] of geography.provinces.features.entries()) {
      expect(shapes.provinces[i]).toEqual({
        id: f.properties.id,
        level: f.properties.level,
        d: reference(f.geometry),
      });
    }
    for (const [i, f] of geography.regions.features.entries()) {
      expect(shapes.regions[i]?.d).toBe(reference(f.geometry));
    }
  });

  it('draws the context layers as their GeoJSON, open lines unclosed', () => {
    expect(shapes.neighbours).toBe(all(geography, 'neighbours'));
    expect(shapes.lakes).toBe(all(geography, 'lakes'));
    expect(shapes.rivers).toBe(all(geography, 'rivers'));
    expect(shapes.boundaryLines).toBe(all(geography, 'boundaryLines'));
    expect(shapes.rivers).not.toContain('Z');
  });

  it('draws the province borders and the outline through the same points as their meshes', () => {
    const sorted = (d: string) => points(d).map(String).sort();
    const mesh = (key: 'provinceBorders' | 'countryOutline') =>
      geography[key].features.map((f) => reference(f.geometry)).join('');
    // Arcs are drawn one by one instead of stitched, so only the order of the lines may differ.
    expect(sorted(shapes.provinceBorders)).toEqual(sorted(mesh('provinceBorders')));
    expect(sorted(shapes.countryOutline)).toEqual(sorted(mesh('countryOutline')));
  });
});
