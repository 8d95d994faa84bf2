/**
 * The detail the atlas worker answers for, once it has read a core: a format 1 file's
 * (carried in the file), or a format 2 or 3 core's detail files, which the worker then
 * fetches, checks against their hashes and keeps, so that the page receives only the
 * articles it asks for (a region's first page of articles touches up to a dozen files
 * of 250 kB at 10,000 articles: decoding, parsing and hashing them cost the main thread
 * about 8 ms a selection, and the garbage more).
 */
import type { ArticleDetail } from '../../domain/schema';
import { filesSource } from '../detail/files';
import { isTrustedCore } from '../trust';
import type { DetailHeld, FileSource } from './protocol';

/** What the worker holds of an atlas's detail, and how it answers for it. */
export interface HeldDetail {
  readonly held: DetailHeld;
  details(ids: readonly string[]): Promise<readonly ArticleDetail[]>;
}

export const NO_DETAIL: HeldDetail = { held: 'none', details: () => Promise.resolve([]) };

/**
 * The detail of the core read from `source` (`file`: its name in the page's messages):
 * `details` when the file carried them (format 1), else its detail files when the worker
 * can fetch them (the core came from a URL), else none (a picked file: the page reads
 * what it can).
 */
export function heldDetail(
  file: string,
  source: FileSource,
  core: unknown,
  details: readonly ArticleDetail[] | null,
): HeldDetail {
  if (details !== null) {
    const byId = new Map(details.map((d) => [d.id, d]));
    return {
      held: 'records',
      details: (ids) => Promise.resolve(ids.flatMap((id) => byId.get(id) ?? [])),
    };
  }
  if (source.kind === 'blob' || !isTrustedCore(core)) return NO_DETAIL;
  const files = filesSource({
    coreUrl: file,
    fetchFrom: source.url,
    articleIds: core.articles.map((a) => a.id),
    ...core.detail,
    texts: core.texts,
  });
  return { held: 'files', details: (ids) => files.details(ids) };
}
