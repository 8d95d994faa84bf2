/**
 * Where each item of a review sits in the article: the text cut into pieces, each with
 * the items whose sentence covers it, so the article pane can mark every drafted region,
 * event, date, figure and sector at its sentence.
 */
import { findQuote, quoteIndex } from '../domain/text/quote';
import type { Decision, Review } from './review';

/** What a mark stands for. */
export type MarkKind = 'event' | 'figure' | 'region' | 'sector' | 'meta';

/** One item marked in the text. */
export interface Mark {
  readonly key: string;
  readonly kind: MarkKind;
  readonly decision: Decision;
}

/** A run of the clean text and the items marked on it (none for plain text). */
export interface Piece {
  readonly start: number;
  readonly text: string;
  readonly marks: readonly Mark[];
}

/** Marks drawn on top of others come first: the most specific item wins the colour. */
export const MARK_ORDER: readonly MarkKind[] = ['event', 'figure', 'region', 'sector', 'meta'];

function marksOf(review: Review): { mark: Mark; quote: string }[] {
  const out: { mark: Mark; quote: string }[] = [];
  const meta = (key: string, quote: string) =>
    out.push({ mark: { key, kind: 'meta', decision: 'accepted' }, quote });
  meta('article:title', review.metaEvidence.title);
  meta('article:published', review.metaEvidence.published);
  meta('article:source', review.metaEvidence.source);
  for (const i of review.regions)
    out.push({ mark: { key: i.key, kind: 'region', decision: i.decision }, quote: i.evidence });
  for (const i of review.sectors)
    out.push({ mark: { key: i.key, kind: 'sector', decision: i.decision }, quote: i.evidence });
  for (const i of review.events)
    out.push({ mark: { key: i.key, kind: 'event', decision: i.decision }, quote: i.value.quote });
  for (const i of review.figures)
    out.push({ mark: { key: i.key, kind: 'figure', decision: i.decision }, quote: i.value.quote });
  return out;
}

/** The clean text in pieces, each with its marks in {@link MARK_ORDER}. */
export function highlightPieces(review: Review): Piece[] {
  const text = review.text.clean;
  const index = quoteIndex(text);
  const cuts = new Set([0, text.length]);
  const spans: { start: number; end: number; mark: Mark }[] = [];
  for (const { mark, quote } of marksOf(review)) {
    const span = quote ? findQuote(index, quote) : null;
    if (!span) continue;
    spans.push({ ...span, mark });
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    const marks = spans
      .filter((s) => s.start <= start && s.end >= end)
      .map((s) => s.mark)
      .sort((a, b) => MARK_ORDER.indexOf(a.kind) - MARK_ORDER.indexOf(b.kind));
    pieces.push({ start, text: text.slice(start, end), marks });
  }
  return pieces;
}
