/**
 * The year range as the timeline edits it: keyboard moves and resizes, pointer
 * positions to years (with expanded years drawn wider), and play steps.
 * Ranges are inclusive `[from, to]` inside the atlas's year domain.
 */
import type { YearSpan } from './dates';

/** How play advances: a window of fixed width sliding by a year, or a range growing from the first year. */
export type PlayMode = 'window' | 'cumulative';

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** The filter value for a range: null when it covers the whole domain (no year filter). */
export function toFilterYears(range: YearSpan, domain: YearSpan): YearSpan | null {
  return range[0] <= domain[0] && range[1] >= domain[1] ? null : range;
}

/** Two years in any order, clamped to the domain, as a range. */
export function spanOf(a: number, b: number, domain: YearSpan): YearSpan {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return [clamp(lo, domain[0], domain[1]), clamp(hi, domain[0], domain[1])];
}

/** Moves the range by `delta` years, keeping its width and stopping at the domain's ends. */
export function moveRange(range: YearSpan, domain: YearSpan, delta: number): YearSpan {
  const width = range[1] - range[0];
  const from = clamp(range[0] + delta, domain[0], domain[1] - width);
  return [from, from + width];
}

/** Moves one end of the range by `delta` years; the range never gets shorter than one year. */
export function resizeRange(
  range: YearSpan,
  domain: YearSpan,
  edge: 'from' | 'to',
  delta: number,
): YearSpan {
  if (edge === 'to') return [range[0], clamp(range[1] + delta, range[0], domain[1])];
  return [clamp(range[0] + delta, domain[0], range[1]), range[1]];
}

/**
 * The range a play starts from. A window keeps the selected width (one year when
 * every year is selected) and continues from where it is; a cumulative play
 * always counts from the first year, up to the selected end. Either restarts at
 * the beginning when the range already reaches the last year.
 */
export function playStart(range: YearSpan | null, domain: YearSpan, mode: PlayMode): YearSpan {
  const atEnd = range === null || range[1] >= domain[1];
  if (mode === 'cumulative') return [domain[0], atEnd ? domain[0] : range[1]];
  const width = range && toFilterYears(range, domain) ? range[1] - range[0] : 0;
  return atEnd ? [domain[0], domain[0] + width] : range;
}

/** The next frame of a play, or null at the end. */
export function playNext(range: YearSpan, domain: YearSpan, mode: PlayMode): YearSpan | null {
  if (range[1] >= domain[1]) return null;
  return mode === 'cumulative' ? [range[0], range[1] + 1] : [range[0] + 1, range[1] + 1];
}

/** One year's horizontal slot in the strip, in pixels. */
export interface YearSlot {
  readonly year: number;
  readonly x0: number;
  readonly x1: number;
}

/** Share of the strip's width that expanded (month-by-month) years get together. */
export const EXPANDED_SHARE = 0.55;

/**
 * Splits `width` pixels into one slot per year of the domain. Expanded years
 * share {@link EXPANDED_SHARE} of the width so their months are readable; the
 * other years share the rest equally.
 */
export function yearSlots(
  domain: YearSpan,
  expanded: YearSpan | null,
  width: number,
): readonly YearSlot[] {
  const n = domain[1] - domain[0] + 1;
  const k = expanded ? expanded[1] - expanded[0] + 1 : 0;
  const wide =
    k > 0 && k < n ? Math.max(1, (EXPANDED_SHARE * (n - k)) / ((1 - EXPANDED_SHARE) * k)) : 1;
  const weights = Array.from({ length: n }, (_, i) => {
    const year = domain[0] + i;
    return expanded && year >= expanded[0] && year <= expanded[1] ? wide : 1;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const slots: YearSlot[] = [];
  let x = 0;
  weights.forEach((w, i) => {
    const x1 = i === n - 1 ? width : x + (w / total) * width;
    slots.push({ year: domain[0] + i, x0: x, x1 });
    x = x1;
  });
  return slots;
}

/** The year under pixel `x` (clamped to the first and last slot). */
export function yearAt(slots: readonly YearSlot[], x: number): number {
  const first = slots[0];
  if (!first) return 0;
  for (const s of slots) if (x < s.x1) return s.year;
  return slots[slots.length - 1]?.year ?? first.year;
}
