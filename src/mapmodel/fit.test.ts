import { describe, expect, it } from 'vitest';
import { atLeastMinSpan, MIN_FIT_SPAN, unionBounds } from './fit';

describe('camera boxes', () => {
  it('unites boxes and ignores missing ones', () => {
    expect(
      unionBounds([
        [
          [104, 30],
          [105, 31],
        ],
        null,
        [
          [112, 27],
          [114, 29],
        ],
      ]),
    ).toEqual([
      [104, 27],
      [114, 31],
    ]);
    expect(unionBounds([null, undefined])).toBeNull();
  });

  it('grows a tiny box about its centre so a fit keeps context', () => {
    const [[w, s], [e, n]] = atLeastMinSpan([
      [113.8, 27.6],
      [113.8, 27.6],
    ]);
    expect(e - w).toBeCloseTo(MIN_FIT_SPAN[0]);
    expect(n - s).toBeCloseTo(MIN_FIT_SPAN[1]);
    expect((w + e) / 2).toBeCloseTo(113.8);
  });

  it('leaves a large box alone', () => {
    const big = [
      [97, 21],
      [123, 34],
    ] as const;
    expect(atLeastMinSpan(big)).toEqual(big);
  });
});
