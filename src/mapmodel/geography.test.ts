import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badArcPosition, toGeography } from './geography';

const boundaries: unknown = JSON.parse(readFileSync('public/data/boundaries.json', 'utf8'));

describe('toGeography', () => {
  const geography = toGeography(boundaries);

  it('draws all 34 provincial divisions, with their gazetteer ids', () => {
    expect(geography.provinces.features).toHaveLength(34);
    const ids = geography.provinces.features.map((f) => f.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['sichuan', 'taiwan', 'hainan', 'xianggang']));
  });

  it('keeps the boundary lines, including the ten-dash line far south', () => {
    const south = Math.min(
      ...geography.boundaryLines.features.flatMap((f) =>
        f.geometry.type === 'MultiLineString'
          ? f.geometry.coordinates.flat().map(([, lat = 90]) => lat)
          : [],
      ),
    );
    expect(south).toBeLessThan(6);
  });

  it('gives prefectures level 1 and counties level 2', () => {
    const level = (id: string) =>
      geography.regions.features.find((f) => f.properties.id === id)?.properties.level;
    expect(level('aba')).toBe(1);
    expect(level('rongchang')).toBe(2);
  });

  it('knows the box of each polygon, for fitting the camera', () => {
    const [[w, s], [e, n]] = geography.bounds.get('zhejiang') ?? [
      [0, 0],
      [0, 0],
    ];
    expect(w).toBeGreaterThan(117);
    expect(e).toBeLessThan(124);
    expect(s).toBeGreaterThan(26);
    expect(n).toBeLessThan(32);
  });

  it('reports the extent the context layers are clipped to', () => {
    const [[w, s], [e, n]] = geography.extent ?? [
      [0, 0],
      [0, 0],
    ];
    expect(w).toBeLessThanOrEqual(73.5);
    expect(e).toBeGreaterThanOrEqual(135);
    expect(s).toBeLessThanOrEqual(3.5);
    expect(n).toBeGreaterThanOrEqual(53.5);
  });

  it('names the file and the field when the data is malformed', () => {
    expect(() => toGeography({ type: 'Topology', arcs: [], objects: {} })).toThrow(
      /data\/boundaries\.json, field objects\.provinces/,
    );
  });
});

describe('badArcPosition', () => {
  it('accepts arcs of number pairs and points at the first bad position', () => {
    expect(
      badArcPosition([
        [
          [0, 0],
          [1, 2, 3],
        ],
        [[4, 5]],
      ]),
    ).toBeNull();
    expect(
      badArcPosition([
        [[0, 0]],
        [
          [1, 1],
          [2, '3'],
        ],
      ]),
    ).toEqual([1, 1]);
    expect(badArcPosition([[[0, 0]], 'arc'])).toEqual([1]);
    expect(badArcPosition([[[0]]])).toEqual([0, 0]);
  });

  it('names the bad position in the error of the whole file', () => {
    const topo = JSON.parse(readFileSync('public/data/boundaries.json', 'utf8')) as {
      arcs: unknown[][];
    };
    topo.arcs[7]?.splice(3, 1, [1, null]);
    expect(() => toGeography(topo)).toThrow(
      /data\/boundaries\.json, field arcs\.7\.3: must be an \[x, y\] pair/,
    );
  });
});
