import { describe, expect, it } from 'vitest';
import { labelledPoints } from './SeriesChart';

describe("a series chart's labels", () => {
  it('labels every point of a short series', () => {
    expect([...labelledPoints([10, 90, 170, 250], [1, 5, 2, 3])]).toEqual([0, 1, 2, 3]);
  });

  it('labels a long series at its ends and its peak, apart from each other', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 10 + i * 2.4);
    const values = xs.map((_, i) => (i === 50 ? 999 : i));
    const labelled = [...labelledPoints(xs, values)].sort((a, b) => a - b);
    expect(labelled).toEqual([0, 50, 99]);
    // No two labels closer than the room a label needs.
    const at = labelled.map((i) => xs[i] ?? 0);
    for (let i = 1; i < at.length; i++)
      expect((at[i] ?? 0) - (at[i - 1] ?? 0)).toBeGreaterThanOrEqual(70);
  });

  it('leaves out a peak too close to an end for its label', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 10 + i * 12.6);
    const values = xs.map((_, i) => (i === 2 ? 999 : 1));
    expect([...labelledPoints(xs, values)].sort((a, b) => a - b)).toEqual([0, 19]);
  });
});
