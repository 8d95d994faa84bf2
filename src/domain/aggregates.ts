/** Counts for controls and summaries. */
import type { AtlasEvent, SectorId } from './schema';

/** Events per sector (an event with two sectors counts for both). */
export function countBySector(events: readonly AtlasEvent[]): ReadonlyMap<SectorId, number> {
  const counts = new Map<SectorId, number>();
  for (const e of events) for (const s of e.sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}
