/** What the side panel shows for a selected region or pair, under the current filters. */
import type { Article, AtlasEvent, Figure, Region, RegionId } from './schema';
import { isWithin, type AtlasIndex } from './atlasIndex';
import { pairKey, type FilteredView, type Link } from './select';

/** The panel content for one region. */
export interface RegionDetails {
  readonly region: Region;
  readonly parent: Region | null;
  /** Articles that name the region (or a place inside it), newest first. */
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

function newestFirst(index: AtlasIndex, ids: Iterable<string>): Article[] {
  return [...new Set(ids)]
    .flatMap((id) => index.articleById.get(id) ?? [])
    .sort((x, y) => y.published.localeCompare(x.published));
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
  const events = view.events.filter(
    (e) => e.parties.some(inRegion) || (e.venue !== null && inRegion(e.venue)),
  );
  const figures = view.figures.filter((f) => f.regions.some(inRegion));
  const named = new Set(view.articles.filter((a) => a.regions.some(inRegion)).map((a) => a.id));
  events.forEach((e) => named.add(e.article));
  figures.forEach((f) => named.add(f.article));
  return {
    region,
    parent: region.parent ? (index.regionById.get(region.parent) ?? null) : null,
    articles: newestFirst(
      index,
      [...named].filter((a) => view.articles.some((x) => x.id === a)),
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
  const figures = view.figures.filter(
    (f) =>
      f.regions.some((r) => isWithin(index, r, a)) && f.regions.some((r) => isWithin(index, r, b)),
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

/** The most active links first, at most `limit`. */
export function topLinks(view: FilteredView, limit: number): readonly Link[] {
  return view.links.slice(0, limit);
}
