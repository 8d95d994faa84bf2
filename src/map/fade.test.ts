import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fadeAt, planFade } from './fade';

function points(...ids: string[]): FeatureCollection<Point, { id: string }> {
  return {
    type: 'FeatureCollection',
    features: ids.map((id) => ({
      type: 'Feature',
      id,
      properties: { id },
      geometry: { type: 'Point', coordinates: [0, 0] },
    })),
  };
}

describe('planFade', () => {
  it('fades in what enters and keeps what leaves drawn until it has faded out', () => {
    const plan = planFade(points('a', 'b'), points('b', 'c'));
    expect(plan.entering).toEqual(['c']);
    expect(plan.leaving).toEqual(['a']);
    expect(plan.drawn.features.map((f) => f.id)).toEqual(['b', 'c', 'a']);
  });

  it('draws the next view as it is when nothing leaves, and fades nothing on the first view', () => {
    const next = points('a', 'b');
    expect(planFade(points('a'), next).drawn).toBe(next);
    expect(planFade(null, next)).toEqual({ drawn: next, entering: [], leaving: [] });
  });
});

describe('fadeAt', () => {
  it('goes from hidden to shown (and back for leaving features), eased and clamped', () => {
    expect(fadeAt(0)).toEqual({ entering: 0, leaving: 1 });
    expect(fadeAt(0.5)).toEqual({ entering: 0.5, leaving: 0.5 });
    expect(fadeAt(0.25).entering).toBeLessThan(0.25);
    expect(fadeAt(2)).toEqual({ entering: 1, leaving: 0 });
  });
});
