/**
 * `ingestText(raw, id)`: the extractor with the repository's lexicon, for the CLI, the
 * eval and the benchmark. The lexicon (gazetteer, sectors, MCA code list) is read once,
 * when this module is first imported; the function itself does no I/O.
 */
import type { Draft, PageMeta } from '../../src/domain/extract/draft';
import { extractDraft } from '../../src/domain/extract/draft';
import { loadLexicon } from './loadLexicon';

export type { Draft } from '../../src/domain/extract/draft';

const lexicon = loadLexicon();

/** Drafts the annotation of article `id` from its raw text (already decoded). Pure given the lexicon. */
export function ingestText(raw: string, id: string, page: PageMeta = {}): Draft {
  return extractDraft(raw, id, lexicon, page);
}
