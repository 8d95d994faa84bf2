/** Order statistics for benchmark samples. */

/** Median and 95th percentile (nearest rank) of a sample, with its size. */
export interface Summary {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('cannot summarise an empty sample');
  return [...values].sort((a, b) => a - b);
}

/** The median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** The q-quantile by nearest rank (0 < q ≤ 1): the smallest value with at least q of the sample at or below it. */
export function quantile(values: readonly number[], q: number): number {
  const s = sorted(values);
  return s[Math.min(s.length, Math.max(1, Math.ceil(q * s.length))) - 1] ?? NaN;
}

/** Rounds to `digits` decimals, for the report. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Median, p95 and maximum, rounded to 0.1. */
export function summarise(values: readonly number[]): Summary {
  return {
    n: values.length,
    p50: round(median(values)),
    p95: round(quantile(values, 0.95)),
    max: round(Math.max(...values)),
  };
}
