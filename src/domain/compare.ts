/**
 * Two regions side by side under the current filters: each one's panel content
 * and sector profile, and what they share (events naming both, articles about
 * both, common sectors).
 */
import type { AtlasIndex } from './atlasIndex';
import { isWithin } from './atlasIndex';
import { countBySector } from './aggregates';
import { selectRegionDetails, type RegionDetails } from './details';
import type { Article, AtlasEvent, RegionId, SectorId } from './schema';
import type { FilteredView } from './select';

/** One sector's event count on each side. */
export interface SectorRow {
  readonly id: SectorId;
  readonly a: number;
  readonly b: number;
}

/** The comparison of two regions. */
export interface Comparison {
  readonly a: RegionDetails;
  readonly b: RegionDetails;
  /** Sectors of either side's events, busiest (both sides together) first, then by id. */
  readonly sectors: readonly SectorRow[];
  /** Events with parties (or venue) in both regions. */
  readonly sharedEvents: readonly AtlasEvent[];
  /** Articles listed on both sides. */
  readonly sharedArticles: readonly Article[];
}

/** Compares two regions, or null when either id is unknown. The same id on both sides is allowed. */
export function compareRegions(
  index: AtlasIndex,
  view: FilteredView,
  a: RegionId,
  b: RegionId,
): Comparison | null {
  const da = selectRegionDetails(index, view, a);
  const db = selectRegionDetails(index, view, b);
  if (!da || !db) return null;
  const ca = countBySector(da.events);
  const cb = countBySector(db.events);
  const sectors = [...new Set([...ca.keys(), ...cb.keys()])]
    .map((id) => ({ id, a: ca.get(id) ?? 0, b: cb.get(id) ?? 0 }))
    .sort((x, y) => y.a + y.b - (x.a + x.b) || x.id.localeCompare(y.id));
  const inB = (e: AtlasEvent) =>
    [...e.parties, ...(e.venue ? [e.venue] : [])].some((r) => isWithin(index, r, b));
  const bArticles = new Set(db.articles.map((x) => x.id));
  return {
    a: da,
    b: db,
    sectors,
    sharedEvents: da.events.filter(inB),
    sharedArticles: da.articles.filter((x) => bArticles.has(x.id)),
  };
}

/**
 * Regions worth offering as a side of a comparison: those an event or figure
 * names, and the regions containing them, ordered by level then id.
 */
export function comparableRegions(index: AtlasIndex): RegionId[] {
  const ids = new Set<RegionId>();
  const add = (id: RegionId) => {
    ids.add(id);
    index.ancestors.get(id)?.forEach((x) => ids.add(x));
  };
  index.eventFacts.forEach((f) => f.named.forEach(add));
  index.figures.forEach((f) => f.regions.forEach(add));
  const level = { province: 0, prefecture: 1, county: 2 } as const;
  return [...ids]
    .filter((id) => index.regionById.has(id))
    .sort((x, y) => {
      const rx = index.regionById.get(x);
      const ry = index.regionById.get(y);
      return (rx && ry ? level[rx.level] - level[ry.level] : 0) || x.localeCompare(y);
    });
}
