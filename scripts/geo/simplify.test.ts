import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { LonLat, Ring } from './geometry';
import { ringArea } from './geometry';
import { keepThreshold, simplifyByObject } from './simplify';

/** A wiggly vertical line x ≈ x0 from y = 0 to 1 with n points. */
const wiggle = (x0: number, n: number): LonLat[] =>
  Array.from({ length: n }, (_, i): LonLat => [
    x0 + (i % 2 ? 0.02 : -0.02) * Math.sin(i),
    i / (n - 1),
  ]);

const circle = (cx: number, cy: number, r: number, n: number): Ring => {
  const pts = Array.from({ length: n }, (_, i): LonLat => {
    const a = (-2 * Math.PI * i) / n;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
  return [...pts, pts[0] ?? [cx, cy]];
};

const fc = (...rings: Ring[]): FeatureCollection<Polygon> => ({
  type: 'FeatureCollection',
  features: rings.map((r) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [r] },
  })),
});

function rings(topo: Topology, name: string): Ring[] {
  const o = topo.objects[name];
  if (o?.type !== 'GeometryCollection') throw new Error(name);
  return feature(topo, o).features.flatMap((f) => {
    const g: Polygon | MultiPolygon | null =
      f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon' ? f.geometry : null;
    if (!g) return [];
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return polys.map((p) => (p[0] ?? []).map((q): LonLat => [q[0] ?? 0, q[1] ?? 0]));
  });
}

describe('simplifyByObject', () => {
  const border = wiggle(1, 200);
  const left: Ring = [[0, 0], [0, 1], ...[...border].reverse(), [0, 0]];
  const right: Ring = [...border, [2, 1], [2, 0], border[0] ?? [1, 0]];

  it('keeps a border shared by two neighbours identical on both sides', () => {
    const topo = simplifyByObject(topology({ provinces: fc(left, right) }), { provinces: 0.1 });
    const [a, b] = rings(topo, 'provinces');
    const onBorder = (r: Ring | undefined) =>
      new Set((r ?? []).filter(([x]) => x > 0.5 && x < 1.5).map(([x, y]) => `${x},${y}`));
    const sa = onBorder(a);
    expect(sa.size).toBeGreaterThan(5);
    expect(sa.size).toBeLessThan(60);
    expect(sa).toEqual(onBorder(b));
  });

  it('gives each object its own share of points', () => {
    const lone = circle(10, 10, 1, 100);
    const topo = simplifyByObject(
      topology({ coarse: fc(lone), fine: fc(circle(20, 20, 1, 100)) }),
      {
        coarse: 0.05,
        fine: 1,
      },
    );
    expect(rings(topo, 'fine')[0]).toHaveLength(101);
    expect((rings(topo, 'coarse')[0] ?? []).length).toBeLessThan(12);
  });

  it('keeps the finer detail on an arc two objects share', () => {
    const topo = simplifyByObject(topology({ provinces: fc(left, right), regions: fc(left) }), {
      provinces: 0.05,
      regions: 1,
    });
    const onBorder = (r: Ring | undefined) =>
      new Set((r ?? []).filter(([x]) => x > 0.5 && x < 1.5).map(([x, y]) => `${x},${y}`)).size;
    expect(onBorder(rings(topo, 'provinces')[1])).toBe(200);
    expect(onBorder(rings(topo, 'regions')[0])).toBe(200);
  });

  it('never collapses or turns a tiny island inside out', () => {
    const island = circle(5, 5, 0.005, 40);
    const topo = simplifyByObject(topology({ land: fc(circle(0, 0, 3, 500), island) }), {
      land: 0.01,
    });
    const kept = rings(topo, 'land')[1] ?? [];
    expect(kept.length - 1).toBeGreaterThanOrEqual(4);
    expect(Math.sign(ringArea(kept))).toBe(Math.sign(ringArea(island)));
    expect(Math.abs(ringArea(kept))).toBeGreaterThanOrEqual(0.5 * Math.abs(ringArea(island)));
  });
});

describe('keepThreshold', () => {
  it('keeps the requested share of the heaviest finite weights', () => {
    const weights = [Infinity, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, Infinity];
    const t = keepThreshold(weights, 0.3);
    expect(weights.filter((w) => Number.isFinite(w) && w >= t)).toHaveLength(3);
    expect(keepThreshold(weights, 1)).toBe(0);
  });
});
