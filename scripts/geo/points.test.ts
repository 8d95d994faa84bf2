import { describe, expect, it } from 'vitest';
import { PointsFileSchema, computePoints, formatPoints } from './points';
import { polygon, square } from './fixtures';

describe('computePoints and formatPoints', () => {
  const parts = new Map([
    ['zigong', [polygon(square(104, 29, 1))]],
    ['aba', [polygon(square(101, 31, 2)), polygon(square(90, 20, 0.1))]],
  ]);
  const points = computePoints(['zigong', 'aba'], (id) => parts.get(id));

  it('writes one region per line with sorted keys, readable by the points schema', () => {
    const text = formatPoints(points);
    expect(text.split('\n').slice(1, 3)).toEqual([
      '  "aba": { "point": [102, 32], "hasPolygon": true },',
      '  "zigong": { "point": [104.5, 29.5], "hasPolygon": true }',
    ]);
    expect(Object.keys(PointsFileSchema.parse(JSON.parse(text)))).toEqual(['aba', 'zigong']);
  });

  it('fails for a region without a polygon, naming it', () => {
    expect(() => computePoints(['nowhere'], () => undefined)).toThrow(
      'region "nowhere": no polygon',
    );
  });
});
