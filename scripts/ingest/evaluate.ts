/**
 * Comparing drafts with curated annotations, for `npm run ingest:eval`.
 *
 * - dates: the publication time must be equal as written (`2019-12-16T11:08`).
 * - regions: the article's region ids as sets.
 * - figures: one-to-one pairs with the same value AND unit (qualifier and metric not
 *   compared); pairs whose quotes overlap are taken first.
 * - events: one-to-one pairs of the same type family (signing: framework-agreement,
 *   project-signing, chamber-signing; declaration; gathering: summit, forum, promotion,
 *   meeting; launch: park-launch) that either come from the same sentence of the clean
 *   text, or have compatible dates (one's date range, at its precision, contains or
 *   overlaps the other's) and share at least one party. Several curated events in one
 *   sentence (`举办了三届…峰会`) need as many drafted ones.
 */
import type { AnnotationSource, EventType } from '../../src/domain/schema';

/** Matched, drafted and curated counts of one measure. */
export interface Score {
  matched: number;
  drafted: number;
  curated: number;
}

export const emptyScore = (): Score => ({ matched: 0, drafted: 0, curated: 0 });
export const add = (a: Score, b: Score): Score => ({
  matched: a.matched + b.matched,
  drafted: a.drafted + b.drafted,
  curated: a.curated + b.curated,
});
export const precision = (s: Score) => (s.drafted === 0 ? 1 : s.matched / s.drafted);
export const recall = (s: Score) => (s.curated === 0 ? 1 : s.matched / s.curated);

const FAMILY: Record<EventType, string> = {
  'framework-agreement': 'signing',
  'project-signing': 'signing',
  'chamber-signing': 'signing',
  declaration: 'declaration',
  summit: 'gathering',
  forum: 'gathering',
  promotion: 'gathering',
  meeting: 'gathering',
  'park-launch': 'launch',
};

/** Greedy one-to-one matching: strong pairs first, then the rest. */
function pairUp<A, B>(
  drafted: readonly A[],
  curated: readonly B[],
  strong: (a: A, b: B) => boolean,
  weak: (a: A, b: B) => boolean,
): number {
  const used = new Set<number>();
  let matched = 0;
  const left: A[] = [];
  for (const a of drafted) {
    const i = curated.findIndex((b, j) => !used.has(j) && strong(a, b));
    if (i >= 0) {
      used.add(i);
      matched++;
    } else left.push(a);
  }
  for (const a of left) {
    const i = curated.findIndex((b, j) => !used.has(j) && weak(a, b));
    if (i >= 0) {
      used.add(i);
      matched++;
    }
  }
  return matched;
}

/** The sentence of `clean` that holds `quote` (its first occurrence), as a [start, end) span. */
export function sentenceOf(clean: string, quote: string): [number, number] | null {
  const at = clean.indexOf(quote);
  if (at < 0) return null;
  const before = clean.slice(0, at);
  const start = Math.max(...['。', '！', '？', '；', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  const rest = clean.slice(at + quote.length).search(/[。！？；\n]/u);
  return [start, rest < 0 ? clean.length : at + quote.length + rest];
}

const range = (date: string, end?: string): [string, string] => {
  const last = end ?? date;
  return [date, last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last];
};
/** True when two partial-date ranges overlap. */
export function datesOverlap(
  a: string,
  aEnd: string | undefined,
  b: string,
  bEnd: string | undefined,
): boolean {
  const [a0, a1] = range(a, aEnd);
  const [b0, b1] = range(b, bEnd);
  return a0 <= b1 && b0 <= a1;
}

/** Scores one drafted annotation against its curated one. */
export function compare(draft: AnnotationSource, gold: AnnotationSource, clean: string) {
  const regions = {
    matched: draft.regions.filter((r) => gold.regions.includes(r)).length,
    drafted: draft.regions.length,
    curated: gold.regions.length,
  };
  const overlap = (q1: string, q2: string) => q1.includes(q2) || q2.includes(q1);
  const figures = {
    matched: pairUp(
      draft.figures,
      gold.figures,
      (a, b) => a.value === b.value && a.unit === b.unit && overlap(a.quote, b.quote),
      (a, b) => a.value === b.value && a.unit === b.unit,
    ),
    drafted: draft.figures.length,
    curated: gold.figures.length,
  };
  const sameSentence = (q1: string, q2: string) => {
    const s1 = sentenceOf(clean, q1);
    const s2 = sentenceOf(clean, q2);
    return s1 !== null && s2 !== null && s1[0] === s2[0];
  };
  type E = AnnotationSource['events'][number];
  const family = (a: E, b: E) => FAMILY[a.type] === FAMILY[b.type];
  const events = {
    matched: pairUp(
      draft.events,
      gold.events,
      (a, b) => family(a, b) && sameSentence(a.quote, b.quote),
      (a, b) =>
        family(a, b) &&
        datesOverlap(a.date, a.endDate, b.date, b.endDate) &&
        a.parties.some((p) => b.parties.includes(p)),
    ),
    drafted: draft.events.length,
    curated: gold.events.length,
  };
  const dates = { matched: draft.published === gold.published ? 1 : 0, drafted: 1, curated: 1 };
  return { regions, figures, events, dates };
}
