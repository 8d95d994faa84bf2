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

/** The rows for a filtered view. */
export function listItems(index: AtlasIndex, view: FilteredView): ListItems {
  const regions: RegionItem[] = [];
  for (const id of shownRegions(index, view)) {
    const region = index.regionById.get(id);
    if (!region) continue;
    const parent = region.parent ? (index.regionById.get(region.parent) ?? null) : null;
    regions.push({ kind: 'region', id, region, parent, activity: view.activity.get(id) ?? 0 });
  }
  regions.sort((x, y) => y.activity - x.activity || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const links: LinkItem[] = [];
  for (const link of view.links) {
    const ends = linkEnds(index, link);
    if (ends) links.push({ kind: 'link', id: link.id, link, ...ends });
  }
  return { regions, links };
}

/** A link's ends as the list shows them (in its direction when it has one), or null when one is unknown. */
function linkEnds(index: AtlasIndex, link: Link): { from: Region; to: Region } | null {
  const from = index.regionById.get(link.direction?.from ?? link.a);
  const to = index.regionById.get(link.direction?.to ?? link.b);
  return from && to ? { from, to } : null;
}

/** How many rows {@link listItems} makes, without making them (the closed list shows only this). */
export function listCount(index: AtlasIndex, view: FilteredView): number {
  let links = 0;
  for (const link of view.links) if (linkEnds(index, link)) links++;
  // shownRegions lists only regions of the gazetteer: each makes a row.
  return shownRegions(index, view).length + links;
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
