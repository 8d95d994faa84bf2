/** Sorting the table view's rows: stable, by one column, either direction, in the language's collation. */

/** A column's sort key for a row: a list of strings and numbers compared in turn. */
export type SortKey = readonly (string | number)[];

/**
 * A partial date as a number that sorts by time: `2024-05-17` → 20240517,
 * `2020` → 20200000 (a year-precise date before the dated days of its year).
 */
export function dateKey(date: string): number {
  const [y = 0, m = 0, d = 0] = date.slice(0, 10).split('-').map(Number);
  return y * 10000 + m * 100 + d;
}

/** Which column sorts and which way. */
export interface SortState<K extends string> {
  readonly key: K;
  readonly dir: 'asc' | 'desc';
}

/** A collator for the language: pinyin order for Chinese, so 重庆 sorts under C. */
export function collatorFor(lang: 'zh' | 'en'): Intl.Collator {
  return new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN-u-co-pinyin' : 'en', { numeric: true });
}

/** Compares two sort keys element by element (numbers numerically, strings with `collator`). */
export function compareKeys(x: SortKey, y: SortKey, collator: Intl.Collator): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const a = x[i];
    const b = y[i];
    if (a === b) continue;
    if (a === undefined) return -1;
    if (b === undefined) return 1;
    const c =
      typeof a === 'number' && typeof b === 'number'
        ? a - b
        : collator.compare(String(a), String(b));
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * `rows` sorted by `keyOf`, ascending or descending; rows with equal keys keep
 * their order (so a second click on a column reverses it, ties included).
 */
export function sortRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  dir: 'asc' | 'desc',
  collator: Intl.Collator,
): T[] {
  const keyed = rows.map((row, i) => ({ row, i, key: keyOf(row) }));
  const sign = dir === 'asc' ? 1 : -1;
  keyed.sort((x, y) => sign * compareKeys(x.key, y.key, collator) || x.i - y.i);
  return keyed.map((k) => k.row);
}

/** The next sort after clicking a column: the same column flips, a new one starts ascending. */
export function nextSort<K extends string>(current: SortState<K>, key: K): SortState<K> {
  if (current.key !== key) return { key, dir: 'asc' };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}
