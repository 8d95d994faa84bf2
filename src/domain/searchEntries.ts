/**
 * The search entries of an atlas, prepared once per atlas: each region, article,
 * event and figure with its fields in normal form, and the short forms that name
 * exactly one region.
 */
import type { AtlasIndex } from './atlasIndex';
import type { Article, AtlasEvent, Figure, Region, RegionId } from './schema';
import { field, normalizeQuery, type SearchField } from './searchText';

/** Everything search looks through, with fields prepared for matching. */
export interface Entries {
  readonly regions: readonly { region: Region; fields: SearchField[]; involved: boolean }[];
  /** Short forms that name exactly one region (川 → sichuan); ambiguous ones (吉林, 海南) are left out. */
  readonly shortForms: ReadonlyMap<string, RegionId>;
  readonly articles: readonly { article: Article; fields: SearchField[] }[];
  readonly events: readonly { event: AtlasEvent; fields: SearchField[] }[];
  readonly figures: readonly { figure: Figure; fields: SearchField[] }[];
}

const cache = new WeakMap<AtlasIndex, Entries>();

/** The entries of an atlas, built on first use and kept as long as the index. */
export function searchEntries(index: AtlasIndex): Entries {
  const known = cache.get(index);
  if (known) return known;
  const involved = new Set<RegionId>();
  index.eventFacts.forEach((f) => f.named.forEach((id) => involved.add(id)));
  index.figures.forEach((f) => f.regions.forEach((id) => involved.add(id)));
  const owners = new Map<string, Set<RegionId>>();
  for (const r of index.atlas.regions) {
    for (const name of [...r.shortNames, r.name.zh]) {
      const set = owners.get(name) ?? new Set();
      owners.set(name, set.add(r.id));
    }
  }
  const shortForms = new Map<string, RegionId>();
  for (const [name, ids] of owners) {
    const [only] = ids;
    if (ids.size === 1 && only) shortForms.set(normalizeQuery(name), only);
  }
  const built: Entries = {
    regions: index.atlas.regions.map((region) => ({
      region,
      involved: involved.has(region.id),
      fields: [
        field(region.name.zh),
        field(region.name.en),
        field(region.id),
        ...region.shortNames.map((s) => field(s, 0.9)),
      ],
    })),
    shortForms,
    articles: index.atlas.articles.map((article) => ({
      article,
      fields: [
        field(article.title.zh),
        field(article.title.en),
        field(article.summary.zh, 0.7),
        field(article.summary.en, 0.7),
        field(article.source.zh, 0.5),
        field(article.source.en, 0.5),
      ],
    })),
    events: index.events.map((event) => ({
      event,
      fields: [field(event.title.zh), field(event.title.en), field(event.quote, 0.6)],
    })),
    figures: index.figures.map((figure) => ({
      figure,
      fields: [field(figure.metric.zh), field(figure.metric.en), field(figure.quote, 0.6)],
    })),
  };
  cache.set(index, built);
  return built;
}
