/**
 * Attaching context to drafted items: the regions of a figure from its clause, sentence
 * or paragraph, and the article's sectors from its lexicon hits (a figure's date: `asOf.ts`).
 */
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

/** `在A、B、C等领域`, `涉及A、B等产业`: the end of a list of fields of cooperation. */
const FIELD_LIST_END = /等(?:多个)?(?:领域|产业|方面|行业)/gu;

/** A wish or a proposal (`要加强…等领域合作`) lists fields nobody cooperates in yet. */
const PROPOSAL = /要|希望|建议|提出|倡议/u;

/**
 * The lists of fields in `text`: up to 60 characters before each `等领域`, within its
 * clause, unless its sentence proposes them.
 */
function fieldLists(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FIELD_LIST_END)) {
    const end = m.index ?? 0;
    let from = end;
    while (from > 0 && end - from < 60 && !'，。；：'.includes(text.charAt(from - 1))) from--;
    const sentence = text.slice(Math.max(text.lastIndexOf('。', from) + 1, 0), from);
    if (!PROPOSAL.test(sentence)) out.push(text.slice(from, end));
  }
  return out;
}

/** The article's sectors: named at least twice, in the headline, or in a list of fields. */
export function articleSectors(
  paragraphs: readonly Paragraph[],
  matchers: readonly { id: string; re: RegExp }[],
): { id: string; confidence: number; quote: string }[] {
  const body = paragraphs.filter((p) => p.role === 'body' || p.role === 'headline');
  const listed = new Set<string>();
  for (const p of body) {
    for (const list of fieldLists(p.text))
      for (const h of findSectors(list, matchers)) listed.add(h.id);
  }
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
      confidence: Math.min(
        0.95,
        Math.max(listed.has(sid) ? 0.8 : 0, 0.45 + 0.15 * h.count + (h.headline ? 0.2 : 0)),
      ),
      quote: clauseQuote(paragraphs, h.first),
    }))
    .filter((s) => s.confidence >= 0.75)
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}
