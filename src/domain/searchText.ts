/** Text matching for search: one normal form for queries and fields, and a scored match. */

/** A field prepared for matching: its compact normal form and where its words start in it. */
export interface SearchField {
  readonly text: string;
  readonly starts: ReadonlySet<number>;
  /** How much a match here counts (names 1, quotes and summaries less). */
  readonly weight: number;
}

const SEPARATORS = /[\s'’‘"“”\-–—_.,;:()（）、，。·・/]+/u;

/**
 * The compact normal form: compatibility-decomposed (full-width → ASCII), tone
 * marks and other diacritics removed (Róngchāng → rongchang), lower case, and
 * without spaces, apostrophes, dashes or punctuation (Guang'an → guangan), so
 * "rong chang", "Rongchang" and "rongchang" are the same query.
 */
export function normalizeQuery(s: string): string {
  return compact(s).text;
}

function compact(s: string): { text: string; starts: Set<number> } {
  const words = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(SEPARATORS)
    .filter(Boolean);
  const starts = new Set<number>();
  let text = '';
  for (const w of words) {
    starts.add(text.length);
    text += w;
  }
  return { text, starts };
}

/** Prepares a field for matching. */
export function field(s: string, weight = 1): SearchField {
  return { ...compact(s), weight };
}

/** True for a query in Chinese characters (a single character is then worth searching). */
export function isCjk(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}

/**
 * How well a normalised query matches a field, 0 for no match: the whole field
 * 100, its start 80, the start of a later word 60, anywhere else 40; times the
 * field's weight.
 */
export function matchScore(query: string, f: SearchField): number {
  if (!query) return 0;
  const at = f.text.indexOf(query);
  if (at < 0) return 0;
  const base = f.text.length === query.length ? 100 : at === 0 ? 80 : f.starts.has(at) ? 60 : 40;
  return base * f.weight;
}

/** The best score of a query over several fields. */
export function bestScore(query: string, fields: readonly SearchField[]): number {
  let best = 0;
  for (const f of fields) best = Math.max(best, matchScore(query, f));
  return best;
}

/**
 * The sentence of `text` that contains `query` (case-insensitive, as typed), or
 * null: used to open an article at a full-text match.
 */
export function sentenceAround(text: string, query: string): string | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const at = text.toLowerCase().indexOf(q);
  if (at < 0) return null;
  const before = text.slice(0, at);
  const start = Math.max(...['。', '！', '？', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  const ends = ['。', '！', '？', '\n']
    .map((c) => text.indexOf(c, at + q.length))
    .filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).trim() || null;
}
