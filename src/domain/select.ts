/**
 * Pure derivations from (atlas, filters): what the map, the overview and the
 * panels show. Views call these inside `useMemo` with stable inputs.
 */
import type { Article, AtlasEvent, Figure, RegionId } from './schema';
import type { AtlasIndex } from './atlasIndex';
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

function derive(index: AtlasIndex, filters: Filters): FilteredView {
  const all = isUnfiltered(filters);
  const passing = new Uint8Array(index.events.length);
  const events: AtlasEvent[] = [];
  index.events.forEach((e, i) => {
    if (all || spanPasses(filters, index.eventFacts[i]?.years ?? [0, 0], e.sectors)) {
      passing[i] = 1;
      events.push(e);
    }
  });
  const figures = all
    ? index.figures
    : index.figures.filter((f, i) =>
        spanPasses(filters, index.figureYears[i] ?? [0, 0], f.sectors),
      );
  const recordArticles = new Set(events.map((e) => e.article));
  for (const f of figures) recordArticles.add(f.article);
  // `articlePasses` (filters.ts), with the article's years from the index.
  const byOwnYear = filters.sectors.length === 0;
  const articles = all
    ? index.atlas.articles
    : index.atlas.articles.filter(
        (a, i) =>
          recordArticles.has(a.id) ||
          (byOwnYear && spanPasses(filters, index.articleYears[i] ?? [0, 0], a.sectors)),
      );

  const activity = new Map<RegionId, number>();
  const involved = new Set<RegionId>();
  index.eventFacts.forEach((facts, i) => {
    if (!passing[i]) return;
    facts.named.forEach((id) => involved.add(id));
    facts.touched.forEach((id) => activity.set(id, (activity.get(id) ?? 0) + 1));
  });
  for (const figure of figures) figure.regions.forEach((id) => involved.add(id));

  return {
    filters,
    events: all ? index.events : events,
    figures,
    articles,
    links: linksOf(index, linkTable(index), passing),
    activity,
    involved: [...involved].sort(),
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
