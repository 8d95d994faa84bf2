import { describe, expect, it } from 'vitest';
import { collatorFor, dateKey, nextSort, sortRows } from './tableSort';

const zh = collatorFor('zh');
const en = collatorFor('en');

describe('sortRows', () => {
  it('sorts Chinese names in pinyin order and numbers numerically', () => {
    expect(sortRows(['四川', '重庆', '浙江'], (s) => [s], 'asc', zh)).toEqual([
      '重庆',
      '四川',
      '浙江',
    ]);
    expect(sortRows([10, 9, 100], (n) => [n], 'asc', en)).toEqual([9, 10, 100]);
  });

  it('compares keys element by element and keeps ties in order both ways', () => {
    const rows = [
      { unit: 'yuan', value: 5, id: 'a' },
      { unit: 'person', value: 300000, id: 'b' },
      { unit: 'yuan', value: 95, id: 'c' },
      { unit: 'yuan', value: 5, id: 'd' },
    ];
    const asc = sortRows(rows, (r) => [r.unit, r.value], 'asc', en).map((r) => r.id);
    expect(asc).toEqual(['b', 'a', 'd', 'c']);
    const desc = sortRows(rows, (r) => [r.unit, r.value], 'desc', en).map((r) => r.id);
    expect(desc).toEqual(['c', 'a', 'd', 'b']);
  });

  it('sorts partial dates by time, year-only dates first in their year', () => {
    const dates = ['2024-05-17', '2020', '2020-07', '2019-12-13'];
    expect(sortRows(dates, (d) => [dateKey(d)], 'desc', zh)).toEqual([
      '2024-05-17',
      '2020-07',
      '2020',
      '2019-12-13',
    ]);
  });

  it('flips the direction on the same column and starts a new one ascending', () => {
    expect(nextSort({ key: 'date', dir: 'asc' }, 'date')).toEqual({ key: 'date', dir: 'desc' });
    expect(nextSort({ key: 'date', dir: 'desc' }, 'value')).toEqual({ key: 'value', dir: 'asc' });
  });
});
