/** What the side panel shows for a selected region or pair, under the current filters. */
import type { Article, AtlasEvent, Figure, Region, RegionId } from './schema';
import { isWithin, type AtlasIndex } from './atlasIndex';
import { pairFigurePositions, regionIndex, type Positions } from './regionIndex';
import { pairKey, type FilteredView, type Link } from './select';

/** The panel content for one region. */
export interface RegionDetails {
  readonly region: Region;
  readonly parent: Region | null;
  /**
   * Articles of the region's events and figures, newest first; with no sector filter also
   * those that name the region (or a place inside it). Under a sector filter an article is
   * listed only when one of its records involves both the region and the sector.
   */
  readonly articles: readonly Article[];
  /** Events whose parties or venue lie in the region, in date order. */
  readonly events: readonly AtlasEvent[];
  /** Figures about the region or a place inside it. */
  readonly figures: readonly Figure[];
  /** Links with one end in the region. */
  readonly links: readonly Link[];
}

/** The panel content for a pair of regions. */
export interface PairDetails {
  readonly a: Region;
  readonly b: Region;
  /** The link under the current filters; null when the filters hide all its events. */
  readonly link: Link | null;
  readonly articles: readonly Article[];
  /** Figures that are about both sides at once (e.g. Zhejiang businesses in Sichuan). */
  readonly figures: readonly Figure[];
}

// Publication times have one fixed format (digits at fixed places), so code-point order is
// `localeCompare` order; the sort is stable, so equal times keep their first-seen order.
function newestFirst(index: AtlasIndex, ids: Iterable<string>): Article[] {
  return [...new Set(ids)]
    .flatMap((id) => index.articleById.get(id) ?? [])
    .sort((x, y) => (y.published < x.published ? -1 : y.published > x.published ? 1 : 0));
}

/** What a view shows, as sets, built once per view for membership tests. */
interface ViewSets {
  readonly events: ReadonlySet<AtlasEvent>;
  readonly figures: ReadonlySet<Figure>;
  readonly articleIds: ReadonlySet<string>;
}

const setsOf = new WeakMap<FilteredView, ViewSets>();

function viewSets(view: FilteredView): ViewSets {
  let sets = setsOf.get(view);
  if (!sets) {
    sets = {
      events: new Set(view.events),
      figures: new Set(view.figures),
      articleIds: new Set(view.articles.map((a) => a.id)),
    };
    setsOf.set(view, sets);
  }
  return sets;
}

function pick<T>(all: readonly T[], positions: Positions, keep: (x: T) => boolean): T[] {
  const out: T[] = [];
  for (const i of positions) {
    const x = all[i];
    if (x !== undefined && keep(x)) out.push(x);
  }
  return out;
}

/** Region panel content, or null for an id the atlas does not know. */
export function selectRegionDetails(
  index: AtlasIndex,
  view: FilteredView,
  id: RegionId,
): RegionDetails | null {
  const region = index.regionById.get(id);
  if (!region) return null;
  const inRegion = (r: RegionId) => isWithin(index, r, id);
  const where = regionIndex(index);
  const shown = viewSets(view);
  const events = pick(index.events, where.events.get(id) ?? [], (e) => shown.events.has(e));
  const figures = pick(index.figures, where.figures.get(id) ?? [], (f) => shown.figures.has(f));
  const named = new Set(
    view.filters.sectors.length > 0
      ? []
      : pick(index.atlas.articles, where.articles.get(id) ?? [], (a) =>
          shown.articleIds.has(a.id),
        ).map((a) => a.id),
  );
  events.forEach((e) => named.add(e.article));
  figures.forEach((f) => named.add(f.article));
  return {
    region,
    parent: region.parent ? (index.regionById.get(region.parent) ?? null) : null,
    articles: newestFirst(
      index,
      [...named].filter((a) => shown.articleIds.has(a)),
    ),
    events,
    figures,
    links: view.links.filter((l) => inRegion(l.a) || inRegion(l.b)),
  };
}

/** Pair panel content, or null when either id is unknown or they are the same region. */
export function selectPairDetails(
  index: AtlasIndex,
  view: FilteredView,
  a: RegionId,
  b: RegionId,
): PairDetails | null {
  const ra = index.regionById.get(a);
  const rb = index.regionById.get(b);
  if (!ra || !rb || a === b) return null;
  const key = pairKey(a, b);
  const link = view.links.find((l) => l.id === key) ?? null;
  const shown = viewSets(view);
  const figures = pick(index.figures, pairFigurePositions(index, a, b), (f) =>
    shown.figures.has(f),
  );
  const [first, second] = a < b ? [ra, rb] : [rb, ra];
  return {
    a: first,
    b: second,
    link,
    articles: newestFirst(index, [
      ...(link?.events.map((e) => e.article) ?? []),
      ...figures.map((f) => f.article),
    ]),
    figures,
  };
}

/**
 * The most significant links first, at most `limit`: ranked by how many
 * articles report them, then by events, so one multi-party declaration
 * (eight cities signing four documents at once) does not crowd out
 * cooperation reported again and again.
 */
export function topLinks(view: FilteredView, limit: number): readonly Link[] {
  // `view.links` is already ordered by events, then id: a stable pass that keeps the best
  // `limit` by articles, then events, ranks ties by id without sorting every link.
  const best: { link: Link; articles: number }[] = [];
  const before = (x: { link: Link; articles: number }, y: { link: Link; articles: number }) =>
    x.articles > y.articles ||
    (x.articles === y.articles && x.link.events.length > y.link.events.length);
  for (const link of view.links) {
    const last = best[best.length - 1];
    // A link has at most as many articles as events, and the rest have no more events than
    // this one: once it cannot beat the last kept link, none can (at 10k: a few hundred of
    // 20,000 links counted instead of all).
    if (best.length >= limit && last && link.events.length <= last.articles) break;
    const entry = { link, articles: articleCount(link) };
    if (best.length >= limit && (!last || !before(entry, last))) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1] ?? entry)) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map((b) => b.link);
}

const articleCounts = new WeakMap<Link, number>();

/** Distinct articles reporting a link's events (links are shared between views, so this is kept). */
export function articleCount(link: Link): number {
  let n = articleCounts.get(link);
  if (n === undefined)
    articleCounts.set(link, (n = new Set(link.events.map((e) => e.article)).size));
  return n;
}
