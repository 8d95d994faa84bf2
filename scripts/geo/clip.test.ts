import { describe, expect, it } from 'vitest';
import type { BBox } from './clip';
import { clipLine, clipPolygon, clipRing } from './clip';
import { ringArea } from './geometry';
import { polygon, square } from './fixtures';

const box: BBox = [0, 0, 10, 10];

describe('clipRing', () => {
  it('cuts a ring that sticks out of the box along the box edge', () => {
    const clipped = clipRing(square(8, 8, 4), box);
    expect(clipped).not.toBeNull();
    expect(Math.abs(ringArea(clipped ?? []))).toBeCloseTo(4);
    expect(clipped?.every(([x, y]) => x >= 0 && x <= 10 && y >= 0 && y <= 10)).toBe(true);
  });

  it('keeps the orientation of the ring', () => {
    expect(Math.sign(ringArea(clipRing(square(8, 8, 4), box) ?? []))).toBe(
      Math.sign(ringArea(square(8, 8, 4))),
    );
  });

  it('drops a ring entirely outside the box', () => {
    expect(clipRing(square(20, 20, 1), box)).toBeNull();
  });
});

describe('clipPolygon', () => {
  it('drops holes that fall outside and keeps those inside', () => {
    const p = polygon(square(-5, -5, 20), square(2, 2, 1), square(12, 12, 1));
    const clipped = clipPolygon(p, box);
    expect(clipped).toHaveLength(2);
    expect(Math.abs(ringArea(clipped?.[0] ?? []))).toBeCloseTo(100);
  });
});

describe('clipLine', () => {
  it('splits a line that leaves and re-enters the box into two lines', () => {
    const parts = clipLine(
      [
        [1, 5],
        [15, 5],
        [15, 6],
        [1, 6],
      ],
      box,
    );
    expect(parts).toEqual([
      [
        [1, 5],
        [10, 5],
      ],
      [
        [10, 6],
        [1, 6],
      ],
    ]);
  });

  it('returns nothing for a line outside the box', () => {
    expect(
      clipLine(
        [
          [20, 20],
          [30, 30],
        ],
        box,
      ),
    ).toEqual([]);
  });
});
