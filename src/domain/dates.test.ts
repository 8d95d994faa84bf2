import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, dateSortKey } from './dates';

const partialDate = fc
  .tuple(
    fc.integer({ min: 1990, max: 2030 }),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 31 }),
  )
  .map(([y, m, d]) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return m === 0 ? `${y}` : d === 0 ? `${y}-${two(m)}` : `${y}-${two(m)}-${two(d)}`;
  });

const sign = (n: number) => Math.sign(n);
const byKeys = (a: string, b: string) => {
  const [x, y] = [dateSortKey(a), dateSortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('comparing dates without their sort keys', () => {
  it('orders partial dates exactly as their sort keys do', () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        expect(sign(compareDates(a, b))).toBe(byKeys(a, b));
      }),
    );
    // A year alone sorts after the dated events of its year, as its key does.
    expect(compareDates('2016', '2016-12-31')).toBeGreaterThan(0);
    expect(compareDates('2016', '2017-01')).toBeLessThan(0);
  });
});
