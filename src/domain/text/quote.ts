/**
 * Finding an annotation's quote in an article's clean text.
 *
 * Quotes are compared with all whitespace removed on both sides, so a quote copied
 * across a paragraph break or with a stray space still matches; the returned span
 * indexes into the clean text, ready for highlighting.
 */
import type { Span } from './mojibake';

/** Clean text with its whitespace removed, and for each remaining unit its offset in the text. */
export interface QuoteIndex {
  stripped: string;
  offsets: number[];
}

/** Prepares `text` for many {@link findQuote} calls. */
export function quoteIndex(text: string): QuoteIndex {
  let stripped = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!/\s/u.test(ch)) {
      stripped += ch;
      offsets.push(i);
    }
  }
  return { stripped, offsets };
}

/**
 * The first occurrence of `quote` in `text` ignoring whitespace, as a span of `text`,
 * or null when the quote is empty or absent.
 */
export function findQuote(text: string | QuoteIndex, quote: string): Span | null {
  const index = typeof text === 'string' ? quoteIndex(text) : text;
  const q = quote.replace(/\s+/gu, '');
  if (q.length === 0) return null;
  const at = index.stripped.indexOf(q);
  if (at < 0) return null;
  const start = index.offsets[at];
  const last = index.offsets[at + q.length - 1];
  return start === undefined || last === undefined ? null : { start, end: last + 1 };
}
