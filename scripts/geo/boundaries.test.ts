import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import type { AdminShape, BoundaryInputs } from './boundaries';
import { STEP, buildBoundaries, classifyBoundaryLine } from './boundaries';
import { polygon, square } from './fixtures';

describe('classifyBoundaryLine', () => {
  const vertices = new Set(['74,38', '74.5,38.2', '75,38.4']);
  it('recognises the ten-dash line by its reach south of 15°N', () => {
    expect(
      classifyBoundaryLine(
        [
          [
            [110, 20],
            [111, 4],
          ],
        ],
        vertices,
      ),
    ).toBe('ten-dash-line');
  });
  it('tells a line along polygon edges (land) from one at sea', () => {
    expect(
      classifyBoundaryLine(
        [
          [
            [74, 38],
            [74.5, 38.2],
            [75, 38.4],
          ],
        ],
        vertices,
      ),
    ).toBe('land');
    expect(
      classifyBoundaryLine(
        [
          [
            [121, 31],
            [122, 31.5],
          ],
        ],
        vertices,
      ),
    ).toBe('sea');
  });
});

describe('buildBoundaries', () => {
  const shape = (id: string, code: string, x: number, level: AdminShape['level']): AdminShape => ({
    id,
    code,
    level,
    parts: [polygon(square(x, 30, 1))],
  });
  const inputs: BoundaryInputs = {
    provinces: [shape('b', '520000', 101, 'province'), shape('a', '510000', 100, 'province')],
    boundaryLines: [
      {
        kind: 'sea',
        lines: [
          [
            [100.123456, 29],
            [101, 29.5],
          ],
        ],
      },
    ],
    regions: [shape('a1', '510100', 100, 'prefecture')],
    neighbours: [],
    rivers: [],
    lakes: [],
  };
  const topo = buildBoundaries(inputs);

  it('writes every object with flat properties, sorted by code', () => {
    expect(Object.keys(topo.objects)).toEqual([
      'provinces',
      'boundaryLines',
      'regions',
      'neighbours',
      'rivers',
      'lakes',
    ]);
    const provinces = topo.objects['provinces'];
    expect(
      provinces?.type === 'GeometryCollection' && provinces.geometries.map((g) => g.properties),
    ).toEqual([
      { id: 'a', code: '510000' },
      { id: 'b', code: '520000' },
    ]);
    const regions = topo.objects['regions'];
    expect(regions?.type === 'GeometryCollection' && regions.geometries[0]?.properties).toEqual({
      id: 'a1',
      code: '510100',
      level: 'prefecture',
    });
  });

  it('quantises coordinates to a 1e-4° grid', () => {
    expect(topo.transform?.scale).toEqual([STEP, STEP]);
    const lines = topo.objects['boundaryLines'];
    if (lines?.type !== 'GeometryCollection') throw new Error('boundaryLines missing');
    const line = feature(topo, lines).features[0]?.geometry;
    const first = line?.type === 'MultiLineString' ? line.coordinates[0]?.[0] : undefined;
    expect(first?.[0]).toBeCloseTo(100.1235, 6);
  });
});
