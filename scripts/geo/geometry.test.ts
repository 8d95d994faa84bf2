import { describe, expect, it } from 'vitest';
import { distanceKm, labelPoint, largestPart, pointInPolygon, ringArea } from './geometry';
import { polygon, ring, square } from './fixtures';

describe('largestPart', () => {
  it('picks the mainland rather than an island listed first', () => {
    const island = polygon(square(10, 10, 0.1));
    const mainland = polygon(square(0, 0, 3));
    expect(largestPart([island, mainland])).toBe(mainland);
  });

  it('subtracts holes: a ring with a big lagoon loses to a solid smaller part', () => {
    const atoll = polygon(square(0, 0, 2), square(0.1, 0.1, 1.8));
    const solid = polygon(square(5, 5, 1.5));
    expect(largestPart([atoll, solid])).toBe(solid);
  });
});

describe('pointInPolygon', () => {
  it('is false inside a hole', () => {
    const donut = polygon(square(0, 0, 4), square(1, 1, 2));
    expect(pointInPolygon([0.5, 0.5], donut)).toBe(true);
    expect(pointInPolygon([2, 2], donut)).toBe(false);
    expect(pointInPolygon([5, 5], donut)).toBe(false);
  });
});

describe('labelPoint', () => {
  it('lies inside a U-shaped region whose centroid is outside it', () => {
    const u = polygon(ring([0, 0], [0, 3], [1, 3], [1, 1], [2, 1], [2, 3], [3, 3], [3, 0]));
    const p = labelPoint([u]);
    expect(pointInPolygon(p, u)).toBe(true);
    expect(pointInPolygon([1.5, 1.5], u)).toBe(false);
  });

  it('is placed on the largest part and rounded to 4 decimals', () => {
    const p = labelPoint([polygon(square(10, 10, 0.2)), polygon(square(100, 30, 2))]);
    expect(p[0]).toBeCloseTo(101, 1);
    expect(p[1]).toBeCloseTo(31, 1);
    expect(p.every((v) => Math.abs(v * 1e4 - Math.round(v * 1e4)) < 1e-6)).toBe(true);
  });
});

describe('ringArea and distanceKm', () => {
  it('gives counter-clockwise rings a positive area', () => {
    expect(ringArea(square(0, 0, 2))).toBe(-4);
    expect(ringArea([...square(0, 0, 2)].reverse())).toBe(4);
  });

  it('measures one degree of latitude as about 111 km', () => {
    expect(distanceKm([104, 30], [104, 31])).toBeCloseTo(111.2, 0);
  });
});
