/**
 * The timeline strip's data: events per year (per month inside a short selected
 * range), stacked by sector. The strip spans every year of the atlas so it can
 * serve as the year filter; only the sector filter narrows what it counts.
 */
import type { AtlasIndex } from './atlasIndex';
import { datePrecision, yearOf, type YearSpan } from './dates';
import { recordColumns, sectorMask } from './recordColumns';
import type { AtlasEvent, SectorId } from './schema';

/** Selected ranges of at most this many years are drawn month by month. */
export const MONTHLY_MAX_YEARS = 2;
/** Sectors drawn with their own colour and pattern; the rest are stacked together as {@link OTHER}. */
export const TIMELINE_SECTORS = 7;
/** Stack key of events in a sector outside the top {@link TIMELINE_SECTORS}. */
export const OTHER = 'other';
/** Stack key of events without a sector. */
export const NONE = 'none';

/** One stacked segment of a bar: a sector id, {@link OTHER} or {@link NONE}, and its event count. */
export interface TimelineSegment {
  readonly key: string;
  readonly count: number;
}

/** One bar: a year, or a month of an expanded year (month 0: dated only to the year). */
export interface TimelineBin {
  /** `2020`, `2020-07`, or `2020-00` for the events of 2020 the articles date only to the year. */
  readonly key: string;
  readonly year: number;
  /** null for a yearly bar; 0–12 inside an expanded year. */
  readonly month: number | null;
  readonly total: number;
  /** Non-empty segments, bottom first, in {@link Timeline.stack} order. */
  readonly segments: readonly TimelineSegment[];
}

/** What the strip draws. */
export interface Timeline {
  /** Every year of the atlas, first to last. */
  readonly domain: YearSpan;
  /** Years drawn month by month (the selected range when it is short), or null. */
  readonly expanded: YearSpan | null;
  readonly bins: readonly TimelineBin[];
  /** Stack order, bottom first: sectors by how many events they have in the whole atlas, then OTHER, NONE. */
  readonly stack: readonly string[];
  /** The tallest bar's total (0 when there are no events). */
  readonly max: number;
}

const stackOrders = new WeakMap<AtlasIndex, readonly string[]>();

/**
 * The stack order of an atlas: its {@link TIMELINE_SECTORS} most frequent sectors
 * (by events, ties by id), then OTHER and NONE. Fixed per atlas, so a sector keeps
 * its colour and place whatever the filters.
 */
export function stackOrder(index: AtlasIndex): readonly string[] {
  const known = stackOrders.get(index);
  if (known) return known;
  const counts = new Map<SectorId, number>();
  for (const e of index.events) {
    const s = e.sectors[0];
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const top = [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, TIMELINE_SECTORS)
    .map(([id]) => id);
  const order = [...top, OTHER, NONE];
  stackOrders.set(index, order);
  return order;
}

/**
 * The stack an event counts in: its first sector that passes the sector filter
 * (its first sector when there is no filter), folded into OTHER when that sector
 * is not among the top ones; NONE without a sector. Each event counts once, so a
 * bar's height is its number of events.
 */
export function stackKey(
  event: AtlasEvent,
  sectorFilter: readonly SectorId[],
  stack: readonly string[],
): string {
  const sector =
    sectorFilter.length > 0
      ? event.sectors.find((s) => sectorFilter.includes(s))
      : event.sectors[0];
  if (!sector) return NONE;
  return stack.includes(sector) ? sector : OTHER;
}

/** The years drawn month by month for a selected range: the range itself when it is short. */
export function expandedYears(range: YearSpan | null, domain: YearSpan): YearSpan | null {
  const span = range ?? domain;
  return span[1] - span[0] + 1 <= MONTHLY_MAX_YEARS ? span : null;
}

function binKey(year: number, month: number | null): string {
  return month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The events that pass a sector filter, as columns: year, month (0 when dated only
 * to the year) and index into the stack order. Built once per atlas and sector
 * filter, so moving the year range only re-bins numbers.
 */
interface StackedEvents {
  readonly year: Int32Array;
  readonly month: Int8Array;
  readonly stack: Int8Array;
}

/** Stacked events per atlas, by sector filter (a few recent filters each). */
const stackedByIndex = new WeakMap<AtlasIndex, Map<string, StackedEvents>>();
const STACKED_KEPT = 8;

/** Each event's year and month (0: dated only to the year), per atlas. */
const datesByIndex = new WeakMap<AtlasIndex, { year: Int32Array; month: Int8Array }>();

function eventDates(index: AtlasIndex): { year: Int32Array; month: Int8Array } {
  let dates = datesByIndex.get(index);
  if (dates) return dates;
  const n = index.events.length;
  dates = { year: new Int32Array(n), month: new Int8Array(n) };
  for (let i = 0; i < n; i++) {
    const date = index.events[i]?.date ?? '';
    dates.year[i] = yearOf(date);
    dates.month[i] = datePrecision(date) === 'year' ? 0 : Number(date.slice(5, 7));
  }
  datesByIndex.set(index, dates);
  return dates;
}

/** Whether event `i` names a sector of the filter: by the columns' sector bits where they have them. */
function sectorTest(
  index: AtlasIndex,
  sectorFilter: readonly SectorId[],
): (i: number, e: AtlasEvent) => boolean {
  if (sectorFilter.length === 0) return () => true;
  const cols = recordColumns(index);
  const mask = sectorMask(cols, sectorFilter);
  if (mask === null) return (_, e) => e.sectors.some((s) => sectorFilter.includes(s));
  const masks = cols.events.sectors;
  return (i) => ((masks[i] ?? 0) & mask) !== 0;
}

function stackedEvents(index: AtlasIndex, sectorFilter: readonly SectorId[]): StackedEvents {
  let byFilter = stackedByIndex.get(index);
  if (!byFilter) stackedByIndex.set(index, (byFilter = new Map()));
  const key = sectorFilter.join(',');
  const known = byFilter.get(key);
  if (known) return known;
  const stack = stackOrder(index);
  const dates = eventDates(index);
  const n = index.events.length;
  const year = new Int32Array(n);
  const month = new Int8Array(n);
  const stackOf = new Int8Array(n);
  const passes = sectorTest(index, sectorFilter);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const e = index.events[i];
    if (!e || !passes(i, e)) continue;
    year[kept] = dates.year[i] ?? 0;
    month[kept] = dates.month[i] ?? 0;
    stackOf[kept] = stack.indexOf(stackKey(e, sectorFilter, stack));
    kept++;
  }
  const stacked: StackedEvents = {
    year: year.subarray(0, kept),
    month: month.subarray(0, kept),
    stack: stackOf.subarray(0, kept),
  };
  if (byFilter.size >= STACKED_KEPT) byFilter.delete(byFilter.keys().next().value ?? '');
  byFilter.set(key, stacked);
  return stacked;
}

/**
 * Bins the events that pass the sector filter (the year filter is what the strip
 * sets, so it is not applied): one bin per year, or 13 per expanded year (month
 * 0 for events dated only to the year, then January to December), each stacked
 * by sector. Events spanning several years count once, at their start date.
 */
export function buildTimeline(
  index: AtlasIndex,
  sectorFilter: readonly SectorId[],
  range: YearSpan | null,
): Timeline {
  const domain = index.years;
  const expanded = expandedYears(range, domain);
  const stack = stackOrder(index);
  const isExpanded = (year: number) =>
    expanded !== null && year >= expanded[0] && year <= expanded[1];
  // Bars in order, and where each year's first bar is.
  const layout: { year: number; month: number | null }[] = [];
  const firstBar = new Int32Array(domain[1] - domain[0] + 1);
  for (let year = domain[0]; year <= domain[1]; year++) {
    firstBar[year - domain[0]] = layout.length;
    if (!isExpanded(year)) layout.push({ year, month: null });
    else for (let month = 0; month <= 12; month++) layout.push({ year, month });
  }
  const events = stackedEvents(index, sectorFilter);
  const counts = new Int32Array(layout.length * stack.length);
  for (let i = 0; i < events.year.length; i++) {
    const year = events.year[i] ?? domain[0];
    const bar = (firstBar[year - domain[0]] ?? 0) + (isExpanded(year) ? (events.month[i] ?? 0) : 0);
    const at = bar * stack.length + (events.stack[i] ?? 0);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  let max = 0;
  const bins = layout.map(({ year, month }, bar): TimelineBin => {
    const segments = stack.flatMap((key, s) => {
      const count = counts[bar * stack.length + s] ?? 0;
      return count > 0 ? [{ key, count }] : [];
    });
    const total = segments.reduce((n, seg) => n + seg.count, 0);
    max = Math.max(max, total);
    return { key: binKey(year, month), year, month, total, segments };
  });
  return { domain, expanded, bins, stack, max };
}
