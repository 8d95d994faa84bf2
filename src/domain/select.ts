/**
 * Pure derivations from (atlas, filters): what the map, the overview and the
 * panels show. Views call these inside `useMemo` with stable inputs.
 */
import type { Article, AtlasEvent, Figure, RegionId, SectorId } from './schema';
import type { AtlasIndex } from './atlasIndex';
import { recordColumns, type Columns, type RecordColumns, type RegionLists } from './recordColumns';
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

/** Whether record `i` of some columns passes the filters. */
type Test = (c: Columns, i: number, sectors: readonly SectorId[]) => boolean;

function passTest(cols: RecordColumns, filters: Filters): Test {
  const { years } = filters;
  const bit = cols.sectorBit;
  if (!bit) return (c, i, sectors) => spanPasses(filters, [c.from[i] ?? 0, c.to[i] ?? 0], sectors);
  let mask = 0;
  for (const s of filters.sectors) {
    const b = bit.get(s);
    if (b !== undefined) mask |= 1 << b;
  }
  const anySector = filters.sectors.length === 0;
  return (c, i) =>
    (!years || (years[0] <= (c.to[i] ?? 0) && (c.from[i] ?? 0) <= years[1])) &&
    (anySector || ((c.sectors[i] ?? 0) & mask) !== 0);
}

/** Calls `visit` with the position of each region record `i` lists. */
function eachRegion(lists: RegionLists, i: number, visit: (id: number) => void): void {
  const end = lists.start[i + 1] ?? 0;
  for (let k = lists.start[i] ?? 0; k < end; k++) visit(lists.ids[k] ?? 0);
}

function derive(index: AtlasIndex, filters: Filters): FilteredView {
  const all = isUnfiltered(filters);
  const cols = recordColumns(index);
  const test = passTest(cols, filters);
  // Articles reported by a passing event or figure, by the position of their id.
  const reported = new Uint8Array(index.atlas.articles.length);
  const pass = <T extends { readonly sectors: readonly SectorId[] }>(
    records: readonly T[],
    columns: Columns,
  ): { passing: Uint8Array; kept: T[] } => {
    const passing = new Uint8Array(records.length);
    const kept: T[] = [];
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r === undefined || !(all || test(columns, i, r.sectors))) continue;
      passing[i] = 1;
      kept.push(r);
      const a = columns.article[i] ?? -1;
      if (a >= 0) reported[a] = 1;
    }
    return { passing, kept };
  };
  const { passing, kept: events } = pass<AtlasEvent>(index.events, cols.events);
  const { passing: figurePassing, kept: figures } = pass<Figure>(index.figures, cols.figures);
  // `articlePasses` (filters.ts): an article passes by its own years and sectors only
  // when no sector filter is set; under one, only its passing records speak for it.
  const byOwnYear = filters.sectors.length === 0;
  const articles = all
    ? index.atlas.articles
    : index.atlas.articles.filter(
        (a, i) =>
          reported[cols.articles.article[i] ?? 0] === 1 ||
          (byOwnYear && test(cols.articles, i, a.sectors)),
      );

  const counts = new Int32Array(cols.regions.length);
  const order: number[] = [];
  const named = new Uint8Array(cols.regions.length);
  passing.forEach((p, i) => {
    if (!p) return;
    eachRegion(cols.events.named, i, (id) => (named[id] = 1));
    eachRegion(cols.events.touched, i, (id) => {
      const n = counts[id] ?? 0;
      if (n === 0) order.push(id);
      counts[id] = n + 1;
    });
  });
  figurePassing.forEach((p, i) => {
    if (p) eachRegion(cols.figures.regions, i, (id) => (named[id] = 1));
  });
  const involved: RegionId[] = [];
  named.forEach((n, id) => {
    if (n) involved.push(cols.regions[id] ?? '');
  });

  return {
    filters,
    events: all ? index.events : events,
    figures: all ? index.figures : figures,
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
