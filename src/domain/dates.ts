/** Partial dates (`2014`, `2020-07`, `2024-05-17`) and the year spans the filters work on. */

/** How precisely the article dates something. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The precision a partial date is written at: `2014` → year, `2020-07` → month, `2024-05-17` → day. */
export function datePrecision(date: string): DatePrecision {
  if (date.length <= 4) return 'year';
  return date.length <= 7 ? 'month' : 'day';
}

/** The calendar year of a partial date or timestamp. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** An inclusive span of years. */
export type YearSpan = readonly [from: number, to: number];

/** The years something dated `date` (optionally to `endDate`) covers. */
export function yearSpan(date: string, endDate?: string): YearSpan {
  const from = yearOf(date);
  return [from, endDate ? Math.max(from, yearOf(endDate)) : from];
}

/** True when two inclusive year spans share at least one year. */
export function spansOverlap(a: YearSpan, b: YearSpan): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * A sortable key for a partial date: missing month/day sort first, so a
 * year-precise event comes before the dated events of the same year.
 */
export function dateSortKey(date: string): string {
  return date.padEnd(SORT_KEY_LENGTH, SORT_KEY_PAD);
}

const SORT_KEY_LENGTH = 10;
const SORT_KEY_PAD = '0';

/** The order of two dates' {@link dateSortKey}s, without making the keys (< 0, 0, > 0). */
export function compareDates(a: string, b: string): number {
  const pad = SORT_KEY_PAD.charCodeAt(0);
  for (let i = 0; i < Math.max(SORT_KEY_LENGTH, a.length, b.length); i++) {
    const d = (i < a.length ? a.charCodeAt(i) : pad) - (i < b.length ? b.charCodeAt(i) : pad);
    if (d !== 0) return d;
  }
  return 0;
}
