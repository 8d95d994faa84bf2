import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { worldProjection } from './camera';
import { pathData, REF_ZOOM } from './geometry';

function points(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('path data of the boundaries', () => {
  it('puts each vertex where d3-geo’s Mercator at the reference zoom puts it', () => {
    const ring: [number, number][] = [
      [105.3, 29.2],
      [105.9, 29.2],
      [105.9, 29.7],
      [105.3, 29.2],
    ];
    const d = pathData({ type: 'Polygon', coordinates: [ring] });
    const world = worldProjection(REF_ZOOM);
    expect(d.endsWith('Z')).toBe(true);
    points(d).forEach(([x, y], i) => {
      const [wx = 0, wy = 0] = world(ring[i] ?? [0, 0]) ?? [];
      expect(Math.abs(x - wx)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(y - wy)).toBeLessThanOrEqual(0.05);
    });
  });

  it('draws every part of multi-geometries, open lines unclosed, and drops repeated vertices', () => {
    const g: Geometry = {
      type: 'MultiLineString',
      coordinates: [
        [
          [100, 30],
          [100, 30],
          [101, 30],
        ],
        [
          [102, 31],
          [103, 31],
        ],
      ],
    };
    const d = pathData(g);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).not.toContain('Z');
    expect(points(d)).toHaveLength(4);
    expect(pathData(null)).toBe('');
  });
});
