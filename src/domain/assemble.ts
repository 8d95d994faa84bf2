/**
 * The assembly rules of the compiled atlas, shared by `npm run data`
 * (`scripts/atlas/assemble.ts`) and the browser (articles kept locally, see
 * `localArticles.ts`): how an annotation becomes atlas records, and the one order
 * of articles, events and figures, so an atlas is the same whoever assembled it.
 */
import {
  ArticleSchema,
  EventSchema,
  FigureSchema,
  type AnnotationSource,
  type Article,
  type AtlasEvent,
  type Figure,
} from './schema';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Articles by publication time, then id. */
export function compareArticles(a: Article, b: Article): number {
  return byString(a.published, b.published) || byString(a.id, b.id);
}

/** Events by date, then article, then id. */
export function compareEvents(a: AtlasEvent, b: AtlasEvent): number {
  return byString(a.date, b.date) || byString(a.article, b.article) || byString(a.id, b.id);
}

/** Figures by article, then id. */
export function compareFigures(a: Figure, b: Figure): number {
  return byString(a.article, b.article) || byString(a.id, b.id);
}

/** The "data as of" day: the newest publication day of the articles ('' for none). */
export function dataDateOf(articles: readonly Pick<Article, 'published'>[]): string {
  return articles.map((a) => a.published.slice(0, 10)).reduce((a, b) => (b > a ? b : a), '');
}

/** One annotation's records as the atlas holds them, in schema key order, unsorted. */
export interface AtlasRecords {
  readonly article: Article;
  readonly events: readonly AtlasEvent[];
  readonly figures: readonly Figure[];
}

/**
 * An annotation as atlas records: the article without its events, figures and
 * extraction block, each event and figure tagged with its article id. Parsing with
 * the atlas's schemas strips what the atlas does not carry and orders the keys.
 */
export function recordsOf(annotation: AnnotationSource): AtlasRecords {
  return {
    article: ArticleSchema.parse(annotation),
    events: annotation.events.map((e) => EventSchema.parse({ ...e, article: annotation.id })),
    figures: annotation.figures.map((f) => FigureSchema.parse({ ...f, article: annotation.id })),
  };
}
