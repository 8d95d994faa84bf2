/**
 * The search entries of an atlas, prepared once per atlas: each region, article,
 * event and figure with its fields in normal form, and the short forms that name
 * exactly one region. Summaries and quotes are detail, loaded apart: their fields
 * are prepared once per loaded detail ({@link detailFields}).
 */
import type { AtlasIndex } from './atlasIndex';
import type { Article, ArticleDetail, AtlasEvent, Figure, Region, RegionId } from './schema';
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
        field(article.source.zh, 0.5),
        field(article.source.en, 0.5),
      ],
    })),
    events: index.events.map((event) => ({
      event,
      fields: [field(event.title.zh), field(event.title.en)],
    })),
    figures: index.figures.map((figure) => ({
      figure,
      fields: [field(figure.metric.zh), field(figure.metric.en)],
    })),
  };
  cache.set(index, built);
  return built;
}

/** The search fields of one article's detail: its summary and each event's and figure's quote. */
export interface DetailFields {
  readonly summary: readonly SearchField[];
  readonly events: ReadonlyMap<string, SearchField>;
  readonly figures: ReadonlyMap<string, SearchField>;
}

const detailCache = new WeakMap<ArticleDetail, DetailFields>();

/** The fields of a loaded detail, prepared on first use (summaries weigh 0.7, quotes 0.6). */
export function detailFields(detail: ArticleDetail): DetailFields {
  const known = detailCache.get(detail);
  if (known) return known;
  const quotes = (q: Readonly<Record<string, string>>) =>
    new Map(Object.entries(q).map(([id, text]) => [id, field(text, 0.6)]));
  const built: DetailFields = {
    summary: [field(detail.summary.zh, 0.7), field(detail.summary.en, 0.7)],
    events: quotes(detail.events),
    figures: quotes(detail.figures),
  };
  detailCache.set(detail, built);
  return built;
}
