/**
 * The rows of the region and link list: the same regions and links the map
 * draws under the current filters, with the facts a row shows, and the search
 * that narrows them. Pure, so the list and its tests share one definition.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { shownRegions } from '../domain/mapFeatures';
import type { Region } from '../domain/schema';
import type { FilteredView, Link } from '../domain/select';

/** A region the map shows, with its events under the filters. */
export interface RegionItem {
  readonly kind: 'region';
  readonly id: string;
  readonly region: Region;
  readonly parent: Region | null;
  readonly activity: number;
}

/** A link the map draws; `from`/`to` follow its direction when it has one. */
export interface LinkItem {
  readonly kind: 'link';
  readonly id: string;
  readonly link: Link;
  readonly from: Region;
  readonly to: Region;
}

/** Both lists, regions busiest first (then by id), links in the map's order (busiest first). */
export interface ListItems {
  readonly regions: readonly RegionItem[];
  readonly links: readonly LinkItem[];
}

/** A region's row: the region, its parent and its events under the filters (null when unknown). */
function regionItem(index: AtlasIndex, view: FilteredView, id: string): RegionItem | null {
  const region = index.regionById.get(id);
  if (!region) return null;
  const parent = region.parent ? (index.regionById.get(region.parent) ?? null) : null;
  return { kind: 'region', id, region, parent, activity: view.activity.get(id) ?? 0 };
}

/** Regions busiest first, then by id. */
function byActivity(x: RegionItem, y: RegionItem): number {
  return y.activity - x.activity || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** A link's row, ends in its direction when it has one; null when an end is unknown. */
export function linkItem(index: AtlasIndex, link: Link): LinkItem | null {
  const from = index.regionById.get(link.direction?.from ?? link.a);
  const to = index.regionById.get(link.direction?.to ?? link.b);
  return from && to ? { kind: 'link', id: link.id, link, from, to } : null;
}

/** The rows for a filtered view. */
export function listItems(index: AtlasIndex, view: FilteredView): ListItems {
  const regions = shownRegions(index, view).flatMap((id) => regionItem(index, view, id) ?? []);
  return {
    regions: regions.sort(byActivity),
    links: view.links.flatMap((link) => linkItem(index, link) ?? []),
  };
}

const counted = new WeakMap<FilteredView, { regions: number; links: number }>();

/**
 * How many region and link rows {@link listItems} makes, without making them (the closed
 * list and the announcements say only this), kept per view.
 */
export function listCounts(index: AtlasIndex, view: FilteredView) {
  const known = counted.get(view);
  if (known) return known;
  let links = 0;
  for (const link of view.links) if (linkItem(index, link)) links++;
  // shownRegions lists only regions of the gazetteer: each makes a row.
  const counts = { regions: shownRegions(index, view).length, links };
  counted.set(view, counts);
  return counts;
}

/** The `n` busiest regions' rows (the first `n` of {@link listItems}' regions). */
export function busiestRegions(index: AtlasIndex, view: FilteredView, n: number): RegionItem[] {
  const top: RegionItem[] = [];
  for (const id of shownRegions(index, view)) {
    const item = regionItem(index, view, id);
    if (!item) continue;
    top.push(item);
    if (top.length > n) top.sort(byActivity).pop();
  }
  return top.sort(byActivity);
}

/** Lower case, width-folded (ＡＢＣ → abc), without spaces: what queries and names are compared as. */
export function searchKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

function regionMatches(region: Region, key: string): boolean {
  return [region.id, region.name.zh, region.name.en, ...region.shortNames].some((name) =>
    searchKey(name).includes(key),
  );
}

/**
 * The rows matching a query: a region by its id, either name or a short name
 * (荣昌, rongchang, Rongchang, 渝); a link by either of its regions. An empty
 * query keeps everything.
 */
export function searchItems(items: ListItems, query: string): ListItems {
  const key = searchKey(query);
  if (key === '') return items;
  return {
    regions: items.regions.filter((r) => regionMatches(r.region, key)),
    links: items.links.filter((l) => regionMatches(l.from, key) || regionMatches(l.to, key)),
  };
}
