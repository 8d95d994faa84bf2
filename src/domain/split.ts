/**
 * The one rule that splits records from their detail, and joins them again: a
 * format 1 atlas or a curated annotation becomes the records the views work on
 * (`Atlas`) plus each article's detail (summary and quotes). The pipeline's writer,
 * the worker that reads a user's file and articles kept in the browser all use it.
 */
import type {
  AnnotationSource,
  Article,
  ArticleDetail,
  Atlas,
  AtlasEvent,
  Figure,
  FullAtlas,
  FullEvent,
  FullFigure,
} from './schema';
import { dateSortKey } from './dates';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Article order of the compiled files: by publication time, then id. */
export function compareArticles(a: Article, b: Article): number {
  return byString(a.published, b.published) || byString(a.id, b.id);
}

/** Figure order of the compiled files: by article, then id. */
export function compareFigures(a: Figure, b: Figure): number {
  return byString(a.article, b.article) || byString(a.id, b.id);
}

/**
 * Event order of the compiled files: by date (`dateSortKey`), then article, then id.
 * For the ids the pipeline writes this is also the index's `localeCompare` order, so
 * `buildIndex` finds the events sorted and does not sort them again.
 */
export function compareEvents(a: AtlasEvent, b: AtlasEvent): number {
  return (
    byString(dateSortKey(a.date), dateSortKey(b.date)) ||
    byString(a.article, b.article) ||
    byString(a.id, b.id)
  );
}

/** The "data as of" day: the newest publication day of the articles ('' for none). */
export function dataDateOf(articles: readonly Pick<Article, 'published'>[]): string {
  return articles.map((a) => a.published.slice(0, 10)).reduce((a, b) => (b > a ? b : a), '');
}

/** One article split: its record, its events and figures without quotes, and its detail. */
export interface ArticleBundle {
  readonly article: Article;
  readonly events: readonly AtlasEvent[];
  readonly figures: readonly Figure[];
  readonly detail: ArticleDetail;
}

/** A shallow copy of `record` without `keys`. */
function without<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...record };
  for (const key of keys) Reflect.deleteProperty(copy, key);
  return copy;
}

function quoteless<T extends { quote: string }>(record: T): Omit<T, 'quote'> {
  return without(record, ['quote']);
}

/** Splits a validated annotation (curated, drafted or kept in the browser) into its parts. */
export function splitAnnotation(annotation: AnnotationSource): ArticleBundle {
  const { summary, events, figures } = annotation;
  const article = without(annotation, ['summary', 'events', 'figures', 'extraction']);
  return {
    article,
    events: events.map((e) => ({ ...quoteless(e), article: article.id })),
    figures: figures.map((f) => ({ ...quoteless(f), article: article.id })),
    detail: {
      id: article.id,
      summary,
      events: Object.fromEntries(events.map((e) => [e.id, e.quote])),
      figures: Object.fromEntries(figures.map((f) => [f.id, f.quote])),
    },
  };
}

function quotesByArticle(
  records: readonly (FullEvent | FullFigure)[],
): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const r of records) {
    const quotes = out.get(r.article) ?? {};
    quotes[r.id] = r.quote;
    out.set(r.article, quotes);
  }
  return out;
}

/**
 * Splits a format 1 atlas into the records (order kept) and one detail per article,
 * in article order. Quotes of records whose article is missing are dropped with them:
 * the schema does not tie a record to an existing article, so such a record has no
 * detail to live in (its reader could not open either).
 */
export function splitFullAtlas(full: FullAtlas): { atlas: Atlas; details: ArticleDetail[] } {
  const eventQuotes = quotesByArticle(full.events);
  const figureQuotes = quotesByArticle(full.figures);
  const articles: Article[] = [];
  const details: ArticleDetail[] = [];
  for (const { summary, ...article } of full.articles) {
    articles.push(article);
    details.push({
      id: article.id,
      summary,
      events: eventQuotes.get(article.id) ?? {},
      figures: figureQuotes.get(article.id) ?? {},
    });
  }
  return {
    atlas: {
      dataDate: full.dataDate,
      regions: full.regions,
      sectors: full.sectors,
      articles,
      events: full.events.map(quoteless),
      figures: full.figures.map(quoteless),
    },
    details,
  };
}

/**
 * The atlas with more articles joined (articles kept in the browser): an article with
 * the id of one already there replaces it with its events and figures. Records stay
 * in the compiled files' order.
 */
export function joinArticles(atlas: Atlas, bundles: readonly ArticleBundle[]): Atlas {
  if (bundles.length === 0) return atlas;
  const replaced = new Set(bundles.map((b) => b.article.id));
  const keep = <T extends { article: string }>(r: T) => !replaced.has(r.article);
  const articles = [
    ...atlas.articles.filter((a) => !replaced.has(a.id)),
    ...bundles.map((b) => b.article),
  ].sort(compareArticles);
  return {
    ...atlas,
    dataDate: dataDateOf(articles) || atlas.dataDate,
    articles,
    events: [...atlas.events.filter(keep), ...bundles.flatMap((b) => b.events)].sort(compareEvents),
    figures: [...atlas.figures.filter(keep), ...bundles.flatMap((b) => b.figures)].sort(
      compareFigures,
    ),
  };
}

/** The format 1 atlas of records and their details (for files and exports that carry both). */
export function withDetail(atlas: Atlas, details: ReadonlyMap<string, ArticleDetail>): FullAtlas {
  const quote = (kind: 'events' | 'figures', r: { article: string; id: string }) =>
    details.get(r.article)?.[kind][r.id] ?? '';
  return {
    version: 1,
    dataDate: atlas.dataDate,
    regions: [...atlas.regions],
    sectors: [...atlas.sectors],
    articles: atlas.articles.map((a) => ({
      ...a,
      summary: details.get(a.id)?.summary ?? { zh: '', en: '' },
    })),
    events: atlas.events.map((e) => ({ ...e, quote: quote('events', e) })),
    figures: atlas.figures.map((f) => ({ ...f, quote: quote('figures', f) })),
  };
}
