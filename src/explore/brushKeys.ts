/** Keyboard control of the timeline's year range (the brush and its two handles). */
import type { YearSpan } from '../domain/dates';
import { moveRange, resizeRange } from '../domain/yearRange';

/**
 * The range after a key on the brush, or null for a key it does not handle:
 * ←/→ (and ↓/↑) move the range a year, Shift+←/→ move its end (resize),
 * Alt+Shift+←/→ move its start, PageUp/PageDown jump by the range's width,
 * Home/End move it to the first or last years, Escape selects every year.
 */
export function brushKey(
  key: string,
  shift: boolean,
  alt: boolean,
  range: YearSpan,
  domain: YearSpan,
): YearSpan | null {
  const step =
    key === 'ArrowRight' || key === 'ArrowUp'
      ? 1
      : key === 'ArrowLeft' || key === 'ArrowDown'
        ? -1
        : 0;
  if (step !== 0) {
    if (shift) return resizeRange(range, domain, alt ? 'from' : 'to', step);
    return moveRange(range, domain, step);
  }
  const width = range[1] - range[0] + 1;
  switch (key) {
    case 'PageUp':
      return moveRange(range, domain, width);
    case 'PageDown':
      return moveRange(range, domain, -width);
    case 'Home':
      return moveRange(range, domain, domain[0] - range[0]);
    case 'End':
      return moveRange(range, domain, domain[1] - range[1]);
    case 'Escape':
      return domain;
    default:
      return null;
  }
}

/** The range after a key on one handle (`from` or `to`), or null for a key it does not handle. */
export function handleKey(
  key: string,
  edge: 'from' | 'to',
  range: YearSpan,
  domain: YearSpan,
): YearSpan | null {
  const at = edge === 'from' ? range[0] : range[1];
  const delta: Record<string, number> = {
    ArrowRight: 1,
    ArrowUp: 1,
    ArrowLeft: -1,
    ArrowDown: -1,
    PageUp: 3,
    PageDown: -3,
    Home: domain[0] - at,
    End: domain[1] - at,
  };
  const d = delta[key];
  return d === undefined ? null : resizeRange(range, domain, edge, d);
}
