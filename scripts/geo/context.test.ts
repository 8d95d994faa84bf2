import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  borderSlivers,
  clipLinear,
  CONTEXT_BOX,
  contextFeatures,
  neighbourFeatures,
} from './context';
import { square } from './fixtures';
import type { Ring } from './geometry';

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

describe('the slivers between China and its neighbours', () => {
  /** A rectangle's ring, counter-clockwise from its south-west corner. */
  const box = (x0: number, y0: number, x1: number, y1: number): Ring => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  const polygonFeature = (id: string, name: string, ring: Ring) => ({
    type: 'Feature' as const,
    id,
    properties: { name },
    geometry: { type: 'Polygon' as const, coordinates: [ring] },
  });
  // Natural Earth: China and Vietnam share their border at 110°E.
  const countries: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      polygonFeature('156', 'China', box(100, 20, 110, 30)),
      polygonFeature('704', 'Vietnam', box(110, 20, 120, 30)),
    ],
  };
  // Tianditu's China ends 0.1° (11 km) short of that border, and its coast is 0.1° inland.
  const china = [[box(100, 20.1, 109.9, 30)]];
  const xs = (f: Feature<MultiPolygon> | undefined) =>
    f?.geometry.coordinates.flat(2).map(([x]) => x ?? NaN) ?? [];

  it('joins the sliver along a land border to the neighbour, which then reaches China’s border', () => {
    const slivers = borderSlivers(countries, china);
    expect([...slivers.keys()]).toEqual(['Vietnam']);
    const [vietnam] = neighbourFeatures(countries, china);
    expect(vietnam?.properties.name).toBe('Vietnam');
    // It reaches Tianditu's border (109.9°E) along the land border …
    expect(xs(vietnam)).toContain(109.9);
    expect(Math.max(...xs(vietnam))).toBe(120);
    // … and takes the sliver along the coast only 0.25° from the land border.
    expect(Math.min(...xs(vietnam))).toBe(109.75);
  });

  it('leaves out the sliver along the coast: it touches the neighbour at one corner only', () => {
    const coastOnly = [[box(100, 20.1, 110, 30)]];
    expect(borderSlivers(countries, coastOnly).size).toBe(0);
    const [vietnam] = neighbourFeatures(countries, coastOnly);
    expect(Math.min(...xs(vietnam))).toBe(110);
  });

  it('changes nothing without China’s outline', () => {
    expect(neighbourFeatures(countries).map((f) => xs(f))).toEqual([[110, 120, 120, 110, 110]]);
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
