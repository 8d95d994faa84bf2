/**
 * Which gazetteer regions an article's text names, and the nearest id to a mistyped
 * one. A region is named when one of its names (`自贡市`, `自贡`) is in the text, or the
 * extractor reads a mention of it there (an abbreviation in a compound: `川渝`, `赣湘`).
 * This catches a real but wrong id: a city of another province whose pinyin differs by
 * one letter from the one the article is about.
 */
import type { Lexicon } from '../../domain/extract/lexicon';
import { findMentions } from '../../domain/extract/mentions';

/** The ids of the regions `clean` names. */
export function regionsNamed(clean: string, lexicon: Lexicon): Set<string> {
  const named = new Set<string>();
  for (const m of findMentions(clean, lexicon)) if (m.place.regionId) named.add(m.place.regionId);
  for (const r of lexicon.regions.values()) {
    if (named.has(r.id)) continue;
    const names = [r.name.zh, ...r.shortNames.filter((s) => s.length >= 2)];
    if (names.some((n) => clean.includes(n))) named.add(r.id);
  }
  return named;
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate nearest to `id` by edit distance, when it is close enough to be a slip
 * (at most a third of the id's letters, and at least 2, differ); ties go to the first.
 */
export function nearestId(id: string, candidates: Iterable<string>): string | null {
  const limit = Math.max(2, Math.floor(id.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === id) continue;
    const d = editDistance(id, c);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
