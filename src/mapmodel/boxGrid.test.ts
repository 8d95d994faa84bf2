import { describe, expect, it } from 'vitest';
import { BoxGrid, overlaps, type Box } from './boxGrid';

/** A seeded generator (mulberry32): the same boxes on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function boxes(n: number, seed: number): { id: number; box: Box }[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, id) => {
    const x = r() * 1400 - 60;
    const y = r() * 800 - 40;
    return { id, box: [x, y, x + 4 + r() * 150, y + 4 + r() * 30] as const };
  });
}

describe('the box grid', () => {
  it('finds exactly the overlaps a scan of every box finds, with and without padding', () => {
    const kept = boxes(600, 1);
    const grid = new BoxGrid<{ id: number; box: Box }>();
    kept.forEach((k) => grid.add(k));
    for (const [i, { box }] of boxes(400, 2).entries()) {
      const pad = i % 3;
      const odd = (k: { id: number }) => k.id % 2 === 1;
      expect(grid.some(box, pad)).toBe(kept.some((k) => overlaps(box, k.box, pad)));
      expect(grid.some(box, pad, odd)).toBe(kept.some((k) => odd(k) && overlaps(box, k.box, pad)));
    }
  });

  it('does not count boxes that only touch', () => {
    const grid = new BoxGrid<{ box: Box }>();
    grid.add({ box: [0, 0, 64, 20] });
    expect(grid.some([64, 0, 100, 20], 0)).toBe(false);
    expect(grid.some([64, 0, 100, 20], 1)).toBe(true);
  });
});
