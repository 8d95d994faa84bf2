/** Counts for controls and summaries. */
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
