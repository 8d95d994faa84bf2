/**
 * Pure derivations from (atlas, filters): what the map, the overview and the
 * panels show. Views call these inside `useMemo` with stable inputs.
 */
import type { Article, AtlasEvent, Figure, RegionId, SectorId } from './schema';
import type { AtlasIndex } from './atlasIndex';
import {
  recordColumns,
  sectorMask,
  type Columns,
  type RecordColumns,
  type RegionLists,
} from './recordColumns';
import { isUnfiltered, spanPasses, type Filters } from './filters';
import { linkTable, linksOf, type Link } from './links';

export { PAIR_SEPARATOR, pairKey } from './pairs';
export type { Link } from './links';

/** Everything that passes the filters, plus the links and per-region activity they imply. */
export interface FilteredView {
  readonly filters: Filters;
  readonly events: readonly AtlasEvent[];
  readonly figures: readonly Figure[];
  readonly articles: readonly Article[];
  readonly links: readonly Link[];
  /**
   * Events per region under the filters, counting each event for its parties and
   * venue and for every region that contains them (an event in Rongchang counts for Chongqing).
   */
  readonly activity: ReadonlyMap<RegionId, number>;
  /** Regions an event or figure names directly (not their ancestors), sorted by id. */
  readonly involved: readonly RegionId[];
}

/** How many filtered views are kept per atlas (the map, the panel and the sector counts share them). */
const CACHED_VIEWS = 16;
const cache = new WeakMap<AtlasIndex, Map<string, FilteredView>>();

function cacheKey(filters: Filters): string {
  return `${filters.years?.join('-') ?? ''}|${filters.sectors.join(',')}`;
}

/**
 * One flag per record of `columns` (1: passes the filters), in a loop over numbers: the
 * year span against the years and the sector mask against the sectors' bits; by the
 * records' sector lists when the atlas has too many sectors for bits.
 */
function passFlags(
  cols: RecordColumns,
  columns: Columns,
  records: readonly { readonly sectors: readonly SectorId[] }[],
  filters: Filters,
): Uint8Array {
  const n = columns.from.length;
  const flags = new Uint8Array(n);
  const { from, to, sectors } = columns;
  const mask = sectorMask(cols, filters.sectors);
  if (mask === null) {
    for (let i = 0; i < n; i++) {
      const span = [from[i] ?? 0, to[i] ?? 0] as const;
      if (spanPasses(filters, span, records[i]?.sectors ?? [])) flags[i] = 1;
    }
    return flags;
  }
  const [lo, hi] = filters.years ?? [-Infinity, Infinity];
  const anySector = filters.sectors.length === 0;
  for (let i = 0; i < n; i++) {
    if (
      lo <= (to[i] ?? 0) &&
      (from[i] ?? 0) <= hi &&
      (anySector || ((sectors[i] ?? 0) & mask) !== 0)
    )
      flags[i] = 1;
  }
  return flags;
}

/** The records whose flag is set; `all` when every flag is. */
function kept<T>(all: readonly T[], flags: Uint8Array): readonly T[] {
  const out: T[] = [];
  for (let i = 0; i < flags.length; i++) {
    const r = all[i];
    if (flags[i] && r !== undefined) out.push(r);
  }
  return out.length === all.length ? all : out;
}

/** Sets `marks[a]` for the article `a` of every flagged record. */
function markArticles(columns: Columns, flags: Uint8Array, marks: Uint8Array): void {
  const { article } = columns;
  for (let i = 0; i < flags.length; i++) {
    const a = article[i] ?? -1;
    if (flags[i] && a >= 0) marks[a] = 1;
  }
}

/** Sets `marks[id]` for every region the flagged records list. */
function markRegions({ start, ids }: RegionLists, flags: Uint8Array, marks: Uint8Array): void {
  for (let i = 0; i < flags.length; i++) {
    if (!flags[i]) continue;
    const end = start[i + 1] ?? 0;
    for (let k = start[i] ?? 0; k < end; k++) marks[ids[k] ?? 0] = 1;
  }
}

/**
 * The unfiltered view: every record, and the regions' activity from the events' facts.
 * It needs no columns, so the first view of a large atlas does not wait for them (the
 * atlas worker builds them meanwhile, `recordColumns.ts` `adoptColumns`).
 */
function everything(index: AtlasIndex, filters: Filters): FilteredView {
  const activity = new Map<RegionId, number>();
  const named = new Set<RegionId>();
  for (const facts of index.eventFacts) {
    for (const id of facts.touched) activity.set(id, (activity.get(id) ?? 0) + 1);
    for (const id of facts.named) named.add(id);
  }
  for (const f of index.figures) for (const id of f.regions) named.add(id);
  return {
    filters,
    events: index.events,
    figures: index.figures,
    articles: index.atlas.articles,
    links: linksOf(index, linkTable(index), new Uint8Array(index.events.length).fill(1)),
    activity,
    involved: [...named].sort(),
  };
}

function derive(index: AtlasIndex, filters: Filters): FilteredView {
  if (isUnfiltered(filters)) return everything(index, filters);
  const cols = recordColumns(index);
  const passing = passFlags(cols, cols.events, index.events, filters);
  const figurePassing = passFlags(cols, cols.figures, index.figures, filters);
  // Articles reported by a passing event or figure, by the position of their id.
  const reported = new Uint8Array(index.atlas.articles.length);
  markArticles(cols.events, passing, reported);
  markArticles(cols.figures, figurePassing, reported);
  // `articlePasses` (filters.ts): an article passes by its own years and sectors only
  // when no sector filter is set; under one, only its passing records speak for it.
  const ownYear =
    filters.sectors.length === 0
      ? passFlags(cols, cols.articles, index.atlas.articles, filters)
      : null;
  const articles = index.atlas.articles.filter(
    (_, i) => reported[cols.articles.article[i] ?? 0] === 1 || ownYear?.[i] === 1,
  );

  // Events per region (touched: the parties, the venue and the places holding them), in
  // the order each region first counts.
  const counts = new Int32Array(cols.regions.length);
  const order: number[] = [];
  const { start, ids } = cols.events.touched;
  for (let i = 0; i < passing.length; i++) {
    if (!passing[i]) continue;
    const end = start[i + 1] ?? 0;
    for (let k = start[i] ?? 0; k < end; k++) {
      const id = ids[k] ?? 0;
      const n = counts[id] ?? 0;
      if (n === 0) order.push(id);
      counts[id] = n + 1;
    }
  }
  const named = new Uint8Array(cols.regions.length);
  markRegions(cols.events.named, passing, named);
  markRegions(cols.figures.regions, figurePassing, named);
  const involved: RegionId[] = [];
  named.forEach((n, id) => {
    if (n) involved.push(cols.regions[id] ?? '');
  });

  return {
    filters,
    events: kept(index.events, passing),
    figures: kept(index.figures, figurePassing),
    articles,
    links: linksOf(index, linkTable(index), passing),
    activity: new Map(order.map((id) => [cols.regions[id] ?? '', counts[id] ?? 0])),
    involved: involved.sort(),
  };
}

/**
 * Derives the filtered view. Pure: same inputs, equal output. Views for the
 * same filter values are memoised per atlas, so asking again (a new `filters`
 * object with the same values, as a selection change makes) costs nothing and
 * returns the same object.
 */
export function selectView(index: AtlasIndex, filters: Filters): FilteredView {
  let views = cache.get(index);
  if (!views) cache.set(index, (views = new Map()));
  const key = cacheKey(filters);
  const hit = views.get(key);
  if (hit) {
    views.delete(key);
    views.set(key, hit);
    return hit;
  }
  const view = derive(index, filters);
  views.set(key, view);
  if (views.size > CACHED_VIEWS) views.delete(views.keys().next().value ?? key);
  return view;
}
