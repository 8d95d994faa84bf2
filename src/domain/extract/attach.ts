/**
 * Attaching context to drafted items: the regions and the as-of date of a figure from
 * its clause, sentence or paragraph, and the article's sectors from its lexicon hits.
 */
import type { DateMention } from './dates';
import type { Mention } from './mentions';
import { clauseQuote } from './regions';
import { findSectors } from './sectors';
import type { Paragraph } from './structure';
import { between, pieceAt } from './structure';

/** Where an offset lies: its paragraph, sentence and clause. */
export function locate(paragraphs: readonly Paragraph[], at: number) {
  const p = pieceAt(paragraphs, at);
  const s = p && pieceAt(p.sentences, at);
  return { p, s, c: s && pieceAt(s.clauses, at) };
}

/** The regions of the clause, else the sentence, else the paragraph around `at`, else the article's first. */
export function regionsNear(
  at: number,
  trusted: readonly Mention[],
  paragraphs: readonly Paragraph[],
  fallback: readonly string[],
): string[] {
  const { p, s, c } = locate(paragraphs, at);
  const ids = (from: number, to: number) => [
    ...new Set(
      between(trusted, from, to).flatMap((m) => (m.place.regionId ? [m.place.regionId] : [])),
    ),
  ];
  for (const span of [c, s, p]) {
    if (!span) continue;
    const found = ids(span.start, span.end);
    if (found.length > 0) return found;
  }
  return fallback.slice(0, 1);
}

/** The date of the sentence around `at`, else the last one before it in its paragraph, else the publication day. */
export function asOfNear(
  at: number,
  dates: readonly DateMention[],
  paragraphs: readonly Paragraph[],
  published: string,
): string {
  const { p, s } = locate(paragraphs, at);
  const inSentence = s ? between(dates, s.start, s.end) : [];
  const before = p ? between(dates, p.start, at) : [];
  return (inSentence[0] ?? before[before.length - 1])?.date ?? published.slice(0, 10);
}

/** The article's sectors: named at least twice, or in the headline. */
export function articleSectors(
  paragraphs: readonly Paragraph[],
  matchers: readonly { id: string; re: RegExp }[],
): { id: string; confidence: number; quote: string }[] {
  const body = paragraphs.filter((p) => p.role === 'body' || p.role === 'headline');
  const sectorHits = body.flatMap((p) =>
    findSectors(p.text, matchers, p.start).map((h) => ({ ...h, headline: p.role === 'headline' })),
  );
  const bySector = new Map<string, { count: number; first: number; headline: boolean }>();
  for (const h of sectorHits) {
    const o = bySector.get(h.id);
    bySector.set(h.id, {
      count: (o?.count ?? 0) + h.count,
      first: Math.min(o?.first ?? h.first, h.first),
      headline: (o?.headline ?? false) || h.headline,
    });
  }
  return [...bySector]
    .map(([sid, h]) => ({
      id: sid,
      confidence: Math.min(0.95, 0.45 + 0.15 * h.count + (h.headline ? 0.2 : 0)),
      quote: clauseQuote(paragraphs, h.first),
    }))
    .filter((s) => s.confidence >= 0.75)
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}
