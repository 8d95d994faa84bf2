/** Counts for controls and summaries. */
import type { AtlasIndex } from './atlasIndex';
import { spansOverlap, type YearSpan } from './dates';
import type { AtlasEvent, SectorId } from './schema';

const sectorCounts = new WeakMap<readonly AtlasEvent[], ReadonlyMap<SectorId, number>>();

/**
 * Events per sector (an event with two sectors counts for both). Remembered per
 * events list: views are memoised, so the sector picker and the map description
 * asking about the same view count once.
 */
export function countBySector(events: readonly AtlasEvent[]): ReadonlyMap<SectorId, number> {
  const known = sectorCounts.get(events);
  if (known) return known;
  const counts = new Map<SectorId, number>();
  for (const e of events) for (const s of e.sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
  sectorCounts.set(events, counts);
  return counts;
}

/** Events per sector for each distinct year span, built once per atlas. */
interface SpanCounts {
  readonly span: YearSpan;
  readonly counts: Map<SectorId, number>;
}
const bySpan = new WeakMap<AtlasIndex, readonly SpanCounts[]>();

function spanCounts(index: AtlasIndex): readonly SpanCounts[] {
  const known = bySpan.get(index);
  if (known) return known;
  const spans = new Map<string, SpanCounts>();
  index.events.forEach((event, i) => {
    const span = index.eventFacts[i]?.years;
    if (!span) return;
    const key = `${span[0]}-${span[1]}`;
    let entry = spans.get(key);
    if (!entry) spans.set(key, (entry = { span, counts: new Map() }));
    for (const s of event.sectors) entry.counts.set(s, (entry.counts.get(s) ?? 0) + 1);
  });
  const table = [...spans.values()];
  bySpan.set(index, table);
  return table;
}

/**
 * What the sector picker counts: the events per sector that pass `years` whatever the
 * sectors chosen, the same as {@link countBySector} of the view filtered by those years
 * alone, without deriving that view. A change of sectors then costs no count at all,
 * and a change of years a walk over the atlas's distinct year spans (a few hundred).
 */
export function sectorCountsInYears(
  index: AtlasIndex,
  years: YearSpan | null,
): ReadonlyMap<SectorId, number> {
  const counts = new Map<SectorId, number>();
  for (const { span, counts: inSpan } of spanCounts(index)) {
    if (years && !spansOverlap(years, span)) continue;
    for (const [s, n] of inSpan) counts.set(s, (counts.get(s) ?? 0) + n);
  }
  return counts;
}
