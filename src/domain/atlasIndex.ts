/**
 * Lookup structures built once per loaded atlas, so every later derivation
 * (filters, selection, map data) is a walk over small arrays or a map lookup.
 */
import type { Article, Atlas, AtlasEvent, Figure, Region, RegionId, Sector } from './schema';
import { dateSortKey, yearOf, yearSpan, type YearSpan } from './dates';

/** The atlas plus the indexes derived from it. Treat as immutable. */
export interface AtlasIndex {
  readonly atlas: Atlas;
  readonly regionById: ReadonlyMap<RegionId, Region>;
  readonly sectorById: ReadonlyMap<string, Sector>;
  readonly articleById: ReadonlyMap<string, Article>;
  /** Each region's ancestors, nearest first (Rongchang → [chongqing]). */
  readonly ancestors: ReadonlyMap<RegionId, readonly RegionId[]>;
  /** Events sorted by date, then article, then id. */
  readonly events: readonly AtlasEvent[];
  readonly figures: readonly Figure[];
  /** First and last year any event, figure or article of the atlas refers to. */
  readonly years: YearSpan;
}

function ancestorsOf(regionById: ReadonlyMap<RegionId, Region>, id: RegionId): RegionId[] {
  const out: RegionId[] = [];
  let parent = regionById.get(id)?.parent ?? null;
  while (parent && !out.includes(parent)) {
    out.push(parent);
    parent = regionById.get(parent)?.parent ?? null;
  }
  return out;
}

/** Builds the indexes of an atlas that has already been validated by `AtlasSchema`. */
export function buildIndex(atlas: Atlas): AtlasIndex {
  const regionById = new Map(atlas.regions.map((r) => [r.id, r]));
  const ancestors = new Map(atlas.regions.map((r) => [r.id, ancestorsOf(regionById, r.id)]));
  const events = [...atlas.events].sort(
    (a, b) =>
      dateSortKey(a.date).localeCompare(dateSortKey(b.date)) ||
      a.article.localeCompare(b.article) ||
      a.id.localeCompare(b.id),
  );
  let from = Infinity;
  let to = -Infinity;
  const widen = ([a, b]: YearSpan) => {
    from = Math.min(from, a);
    to = Math.max(to, b);
  };
  for (const e of atlas.events) widen(yearSpan(e.date, e.endDate));
  for (const f of atlas.figures) widen(yearSpan(f.asOf));
  for (const a of atlas.articles) widen(yearSpan(a.published.slice(0, 10)));
  const thisYear = yearOf(atlas.dataDate || '2000');
  return {
    atlas,
    regionById,
    sectorById: new Map(atlas.sectors.map((s) => [s.id, s])),
    articleById: new Map(atlas.articles.map((a) => [a.id, a])),
    ancestors,
    events,
    figures: atlas.figures,
    years: Number.isFinite(from) ? [from, to] : [thisYear, thisYear],
  };
}

/** True when `id` is `region` itself or lies inside it (Rongchang is within Chongqing). */
export function isWithin(index: AtlasIndex, id: RegionId, region: RegionId): boolean {
  return id === region || (index.ancestors.get(id)?.includes(region) ?? false);
}

/** True when one of the two regions contains the other; such pairs make no link. */
export function areNested(index: AtlasIndex, a: RegionId, b: RegionId): boolean {
  return isWithin(index, a, b) || isWithin(index, b, a);
}
