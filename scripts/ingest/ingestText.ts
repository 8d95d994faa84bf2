/**
 * The ingester with the repository's lexicon, for the CLI, the eval and the benchmark.
 * The lexicon (the gazetteer data `npm run data` also writes for the browser) is read
 * once, when this module is first imported; the functions themselves do no I/O.
 */
import type { Draft, PageMeta } from '../../src/domain/extract/draft';
import { extractDraft } from '../../src/domain/extract/draft';
import type { DraftResult, IngestInput } from '../../src/ingest/ingest';
import { draftArticle } from '../../src/ingest/ingest';
import { loadLexicon } from './loadLexicon';

export type { Draft } from '../../src/domain/extract/draft';

const lexicon = loadLexicon();

/** Drafts the annotation of article `id` from its raw text (already decoded). Pure given the lexicon. */
export function ingestText(raw: string, id: string, page: PageMeta = {}): Draft {
  return extractDraft(raw, id, lexicon, page);
}

/** Drafts article `id` from text or a file's bytes, as the browser's worker does. */
export function ingestInput(input: IngestInput, id: string): DraftResult {
  return draftArticle(input, id, lexicon);
}
