import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipLinear, CONTEXT_BOX, contextFeatures, neighbourFeatures } from './context';
import { square } from './fixtures';

/** The box's east edge, which Kamchatka crosses. */
const EAST = CONTEXT_BOX[2];

const country = (id: string, name: string, x: number) => ({
  type: 'Feature' as const,
  id,
  properties: { name },
  geometry: { type: 'Polygon' as const, coordinates: [square(x, 30, 2)] },
});

describe('neighbourFeatures', () => {
  const countries: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      country('496', 'Mongolia', 100),
      country('156', 'China', 105),
      country('158', 'Taiwan', 120),
      country('344', 'Hong Kong', 114),
      country('446', 'Macao', 113),
      country('356', 'India', 75),
      country('076', 'Brazil', -50),
      country('392', 'Japan', 139),
      country('643', 'Russia', EAST - 1),
    ],
  };

  it('leaves out China, Taiwan, Hong Kong, Macao and countries outside the box; sorts by name', () => {
    expect(neighbourFeatures(countries).map((f) => f.properties.name)).toEqual([
      'India',
      'Japan',
      'Mongolia',
      'Russia',
    ]);
  });

  it("clips a country that crosses the box's east edge", () => {
    const russia = neighbourFeatures(countries).find((f) => f.properties.name === 'Russia');
    const xs = russia?.geometry.coordinates.flat(2).map((p) => p[0] ?? NaN) ?? [];
    expect(Math.max(...xs)).toBe(EAST);
  });
});

describe('contextFeatures', () => {
  it('clips rivers and keeps a name only where the source has one', () => {
    const rivers: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Yangtze' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [100, 30],
              [EAST + 10, 30],
            ],
          },
        },
        {
          type: 'Feature',
          properties: null,
          geometry: {
            type: 'LineString',
            coordinates: [
              [100, 31],
              [101, 31],
            ],
          },
        },
        {
          type: 'Feature',
          properties: null,
          geometry: {
            type: 'LineString',
            coordinates: [
              [-10, 31],
              [-9, 31],
            ],
          },
        },
      ],
    };
    const out = contextFeatures(rivers, clipLinear);
    expect(out.map((f) => f.properties)).toEqual([{ name: 'Yangtze' }, {}]);
    expect(out[0]?.geometry.coordinates).toEqual([
      [
        [100, 30],
        [EAST, 30],
      ],
    ]);
  });
});
