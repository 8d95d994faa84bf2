/**
 * Where an article's detail (summary, quotes) and text come from. Each loaded atlas
 * installs the sources it needs in the registry (`registry.ts`): its detail files
 * (`files.ts`: fetched, or inline in the single-file build), the atlas worker (which
 * reads a large atlas's detail files, or holds a format 1 file's detail), or memory
 * (articles kept in this browser).
 */
import type { ArticleDetail, ArticleText } from '../../domain/schema';
import { workerDetails } from '../worker/client';

/** One source of article detail and text. */
export interface DetailSource {
  /** True when this source holds the article. */
  has(id: string): boolean;
  /** The details of those of `ids` it holds. */
  details(ids: readonly string[]): Promise<readonly ArticleDetail[]>;
  /** The article's text, or null when the atlas carries none for it. */
  text(id: string): Promise<ArticleText | null>;
}

/** The detail the atlas worker answers for: a format 1 file's, or the detail files it reads. */
export function workerSource(
  articleIds: readonly string[],
  text: DetailSource['text'],
): DetailSource {
  const ids = new Set(articleIds);
  return { has: (id) => ids.has(id), details: (asked) => workerDetails(asked), text };
}

/** Details and texts held in memory (articles kept in this browser, tests). */
export function memorySource(
  details: readonly ArticleDetail[],
  texts: readonly ArticleText[] = [],
): DetailSource {
  const byId = new Map(details.map((d) => [d.id, d]));
  const textById = new Map(texts.map((t) => [t.id, t]));
  return {
    has: (id) => byId.has(id),
    details: (ids) => Promise.resolve(ids.flatMap((id) => byId.get(id) ?? [])),
    text: (id) => Promise.resolve(textById.get(id) ?? null),
  };
}
