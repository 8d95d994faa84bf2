import { describe, expect, it } from 'vitest';
import { median, quantile, summarise } from './stats';

describe('stats', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('reads p95 by nearest rank, so a single slow run out of seven shows', () => {
    expect(quantile([10, 10, 10, 10, 10, 10, 90], 0.95)).toBe(90);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(hundred, 0.95)).toBe(95);
    expect(quantile(hundred, 0.5)).toBe(50);
  });

  it('refuses an empty sample instead of reporting NaN', () => {
    expect(() => summarise([])).toThrow(/empty/);
  });

  it('summarises with the sample size and maximum', () => {
    expect(summarise([3, 1, 2])).toEqual({ n: 3, p50: 2, p95: 3, max: 3 });
  });
});
