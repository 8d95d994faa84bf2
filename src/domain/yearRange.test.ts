import { describe, expect, it } from 'vitest';
import {
  moveRange,
  playNext,
  playStart,
  resizeRange,
  spanOf,
  toFilterYears,
  yearAt,
  yearSlots,
} from './yearRange';

const domain = [2014, 2024] as const;

describe('keyboard edits of the year range', () => {
  it('moves a range and stops at the ends, keeping its width', () => {
    expect(moveRange([2016, 2018], domain, 1)).toEqual([2017, 2019]);
    expect(moveRange([2016, 2018], domain, -5)).toEqual([2014, 2016]);
    expect(moveRange([2020, 2023], domain, 3)).toEqual([2021, 2024]);
  });

  it('resizes either end but never below one year or past the domain', () => {
    expect(resizeRange([2016, 2018], domain, 'to', 1)).toEqual([2016, 2019]);
    expect(resizeRange([2016, 2016], domain, 'to', -1)).toEqual([2016, 2016]);
    expect(resizeRange([2016, 2018], domain, 'from', -4)).toEqual([2014, 2018]);
    expect(resizeRange([2016, 2024], domain, 'to', 1)).toEqual([2016, 2024]);
  });

  it('writes no year filter for the whole domain', () => {
    expect(toFilterYears([2014, 2024], domain)).toBeNull();
    expect(toFilterYears([2014, 2023], domain)).toEqual([2014, 2023]);
    expect(spanOf(2030, 2012, domain)).toEqual([2014, 2024]);
  });
});

describe('play', () => {
  const frames = (start: readonly [number, number], mode: 'window' | 'cumulative') => {
    const out = [start];
    let next = playNext(start, domain, mode);
    while (next) {
      out.push(next);
      next = playNext(next, domain, mode);
    }
    return out;
  };

  it('slides a one-year window from the first year to the last when nothing is selected', () => {
    const start = playStart(null, domain, 'window');
    expect(start).toEqual([2014, 2014]);
    const all = frames(start, 'window');
    expect(all).toHaveLength(11);
    expect(all.at(-1)).toEqual([2024, 2024]);
  });

  it('keeps the window width and continues from the current window', () => {
    expect(playStart([2016, 2017], domain, 'window')).toEqual([2016, 2017]);
    expect(playNext([2016, 2017], domain, 'window')).toEqual([2017, 2018]);
    expect(playStart([2023, 2024], domain, 'window')).toEqual([2014, 2015]);
  });

  it('grows a cumulative range from the first year and stops at the end', () => {
    const start = playStart(null, domain, 'cumulative');
    expect(start).toEqual([2014, 2014]);
    expect(frames(start, 'cumulative')).toHaveLength(11);
    expect(frames(start, 'cumulative').at(-1)).toEqual([2014, 2024]);
    expect(playStart([2016, 2018], domain, 'cumulative')).toEqual([2014, 2018]);
    expect(playStart([2016, 2024], domain, 'cumulative')).toEqual([2014, 2014]);
    expect(playNext([2014, 2024], domain, 'cumulative')).toBeNull();
  });
});

describe('year slots', () => {
  it('splits the width equally when nothing is expanded', () => {
    const slots = yearSlots(domain, null, 1100);
    expect(slots).toHaveLength(11);
    expect(slots[0]).toEqual({ year: 2014, x0: 0, x1: 100 });
    expect(slots[10]?.x1).toBe(1100);
    expect(yearAt(slots, 150)).toBe(2015);
    expect(yearAt(slots, -20)).toBe(2014);
    expect(yearAt(slots, 5000)).toBe(2024);
  });

  it('gives expanded years more than half of the width', () => {
    const slots = yearSlots(domain, [2019, 2020], 1000);
    const wide = slots.filter((s) => s.year === 2019 || s.year === 2020);
    const share = wide.reduce((n, s) => n + s.x1 - s.x0, 0) / 1000;
    expect(share).toBeCloseTo(0.55, 5);
    expect(yearAt(slots, (wide[0]?.x0 ?? 0) + 1)).toBe(2019);
  });
});
