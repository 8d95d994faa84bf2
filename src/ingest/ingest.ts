/**
 * One article in, one draft out: the pipeline `npm run ingest` and the browser's worker
 * share. Bytes are decoded (see `decode.ts`), an HTML page is read with a real parser
 * (see `html.ts`), and the text is drafted by the extractor (`domain/extract`) with the
 * lexicon the caller built from the gazetteer data. Pure given the lexicon.
 */
import type { PageMeta } from '../domain/extract/draft';
import { extractDraft } from '../domain/extract/draft';
import type { Lexicon } from '../domain/extract/lexicon';
import type { AnnotationSource } from '../domain/schema';
import type { MojibakeSpan } from '../domain/text/normalize';
import type { DecodeRefusal } from './decode';
import { checked, decode, refusalMessage } from './decode';
import { readHtml } from './html';

/** What the ingester reads: pasted text, or a file's bytes and name (`.html`/`.htm` is read as a page). */
export type IngestInput = { text: string } | { bytes: Uint8Array; fileName: string };

/** Larger inputs are not news articles; reading them would only waste time. */
export const MAX_BYTES = 5 * 1024 * 1024;

/**
 * The draft as `npm run ingest -- <file> --json` prints it (the CLI adds `file` and
 * `encoding`): whether the annotation passes the schema, the schema problems, the annotation.
 */
export interface DraftJson {
  valid: boolean;
  problems: string[];
  annotation: AnnotationSource;
}

/** Why an input was not drafted. */
export type Refusal = DecodeRefusal | { reason: 'too-large'; bytes: number };

/** A draft with what a reviewer's view needs besides it, or a refusal with its English line. */
export type DraftResult =
  | {
      ok: true;
      draft: DraftJson;
      /** The article text before normalisation: what `data/raw/<id>.txt` holds. */
      text: string;
      /** The encoding the bytes were read in; null for pasted text. */
      encoding: string | null;
      /** The normalised text every quote of the draft is an exact substring of. */
      clean: string;
      mojibake: MojibakeSpan[];
    }
  | ({ ok: false; message: string } & Refusal);

const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>])/iu.test(text);

/** The English line of a refusal. */
export function refusalLine(r: Refusal): string {
  return r.reason === 'too-large'
    ? `${(r.bytes / 1048576).toFixed(1)} MB is too large for an article`
    : refusalMessage(r);
}

/** Drafts the annotation of article `id` from `input`. */
export function draftArticle(input: IngestInput, id: string, lexicon: Lexicon): DraftResult {
  let text: string;
  let html: boolean;
  let encoding: string | null = null;
  if ('bytes' in input) {
    if (input.bytes.length > MAX_BYTES) {
      const r: Refusal = { reason: 'too-large', bytes: input.bytes.length };
      return { ok: false, message: refusalLine(r), ...r };
    }
    html = /\.html?$/iu.test(input.fileName);
    const decoded = decode(input.bytes, html);
    if (!decoded.ok) return decoded;
    text = decoded.text;
    encoding = decoded.encoding;
  } else {
    const pasted = checked(input.text, 'pasted text');
    if (!pasted.ok) return pasted;
    text = input.text;
    html = looksLikeHtml(text);
  }
  const { text: article, page }: { text: string; page: PageMeta } = html
    ? readHtml(text)
    : { text, page: {} };
  const draft = extractDraft(article, id, lexicon, page);
  return {
    ok: true,
    draft: {
      valid: draft.problems.length === 0,
      problems: draft.problems,
      annotation: draft.annotation,
    },
    text: article,
    encoding,
    clean: draft.clean,
    mojibake: draft.mojibake,
  };
}
