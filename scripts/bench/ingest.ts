/**
 * Ingest throughput: articles per second that `ingestText(raw, id)` turns into
 * draft annotations, on synthetic raw articles from `synthArticles(n, seed)`.
 * The lexicon is loaded when the ingest module is imported, before timing.
 */
import { ingestText } from '../ingest/ingestText';
import { synthArticles } from '../ingest/synthArticles';
import { round } from './stats';

export interface IngestFigures {
  readonly articlesPerSecond: number;
  readonly articles: number;
  readonly seconds: number;
  /** Events and figures drafted in all, so a throughput bought by extracting nothing shows. */
  readonly drafted: { readonly events: number; readonly figures: number };
}

/** Ingests `count` synthetic articles, one after another, on this thread. */
export function measureIngest(
  count: number,
  seed: number,
): { figures: IngestFigures; note: string } {
  const articles = synthArticles(count, seed);
  let events = 0;
  let figures = 0;
  const start = performance.now();
  for (const { raw, id } of articles) {
    const draft = ingestText(raw, id);
    events += draft.annotation.events.length;
    figures += draft.annotation.figures.length;
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    figures: {
      articlesPerSecond: round(articles.length / seconds),
      articles: articles.length,
      seconds: round(seconds, 2),
      drafted: { events, figures },
    },
    note: `ingestText() over ${articles.length} articles of synthArticles(${count}, ${seed}), one after another`,
  };
}
