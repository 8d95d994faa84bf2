/**
 * Comparing drafts with curated (gold) annotations, for `npm run ingest:eval`. Each field
 * is scored as matched / drafted / curated, so precision = matched / drafted and recall =
 * matched / curated:
 *
 * - published: the publication time, equal as written (`2019-12-16T11:08`).
 * - regions, sectors: the article's ids as sets.
 * - links: the pairs of regions that events name together as parties (a pair where one
 *   region contains the other is no link), as sets: what the map draws.
 * - events: one-to-one pairs of the same type family (signing: framework-agreement,
 *   project-signing, chamber-signing; declaration; gathering: summit, forum, promotion,
 *   meeting; launch: park-launch) that either come from the same sentence of the clean
 *   text, or have compatible dates (one's range, at its precision, overlaps the other's)
 *   and share a party. Several curated events in one sentence need as many drafted ones.
 * - eventTypes, eventDates: matched events with the same type; with the same date and end.
 * - eventParties: the parties of matched events that both name, over all drafted and all
 *   curated parties.
 * - venue, direction: matched events with the same venue (direction: ends and term), over
 *   the drafted and the curated events that have one.
 * - figureValues: one-to-one pairs with the same value (pairs whose quotes overlap first);
 *   figureUnits, figureDates: those pairs with the same unit; with the same `asOf`.
 */
import type { AnnotationSource, EventType } from '../../src/domain/schema';

/** Matched, drafted and curated counts of one measure. */
export interface Score {
  matched: number;
  drafted: number;
  curated: number;
}

/** The measures, in the order they are printed. */
export const FIELDS = [
  'published',
  'regions',
  'links',
  'events',
  'eventParties',
  'eventDates',
  'eventTypes',
  'venue',
  'direction',
  'sectors',
  'figureValues',
  'figureUnits',
  'figureDates',
] as const;
export type Field = (typeof FIELDS)[number];
export type Scores = Record<Field, Score>;

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

/** Greedy one-to-one matching, strong pairs first, then the rest: the matched [drafted, curated] pairs. */
export function pairUp<A, B>(
  drafted: readonly A[],
  curated: readonly B[],
  strong: (a: A, b: B) => boolean,
  weak: (a: A, b: B) => boolean,
): [A, B][] {
  const used = new Set<number>();
  const pairs: [A, B][] = [];
  const left: A[] = [];
  for (const a of drafted) {
    const i = curated.findIndex((b, j) => !used.has(j) && strong(a, b));
    const b = curated[i];
    if (i >= 0 && b !== undefined) {
      used.add(i);
      pairs.push([a, b]);
    } else left.push(a);
  }
  for (const a of left) {
    const i = curated.findIndex((b, j) => !used.has(j) && weak(a, b));
    const b = curated[i];
    if (i >= 0 && b !== undefined) {
      used.add(i);
      pairs.push([a, b]);
    }
  }
  return pairs;
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

const sets = (draft: readonly string[], gold: readonly string[]): Score => {
  const d = new Set(draft);
  const g = new Set(gold);
  return { matched: [...d].filter((x) => g.has(x)).length, drafted: d.size, curated: g.size };
};

type Event = AnnotationSource['events'][number];

/** The links of an annotation's events: `a~b` keys, without pairs where one contains the other. */
export function linksOf(
  a: AnnotationSource,
  ancestors: ReadonlyMap<string, readonly string[]>,
): string[] {
  const out = new Set<string>();
  for (const e of a.events) {
    for (const x of e.parties) {
      for (const y of e.parties) {
        if (x >= y) continue;
        if (ancestors.get(x)?.includes(y) || ancestors.get(y)?.includes(x)) continue;
        out.add(`${x}~${y}`);
      }
    }
  }
  return [...out];
}

/** Scores one drafted annotation against its curated one. */
export function compare(
  draft: AnnotationSource,
  gold: AnnotationSource,
  clean: string,
  ancestors: ReadonlyMap<string, readonly string[]> = new Map(),
): Scores {
  const overlap = (q1: string, q2: string) => q1.includes(q2) || q2.includes(q1);
  const sameSentence = (q1: string, q2: string) => {
    const s1 = sentenceOf(clean, q1);
    const s2 = sentenceOf(clean, q2);
    return s1 !== null && s2 !== null && s1[0] === s2[0];
  };
  const family = (a: Event, b: Event) => FAMILY[a.type] === FAMILY[b.type];
  const events = pairUp(
    draft.events,
    gold.events,
    (a, b) => family(a, b) && sameSentence(a.quote, b.quote),
    (a, b) =>
      family(a, b) &&
      datesOverlap(a.date, a.endDate, b.date, b.endDate) &&
      a.parties.some((p) => b.parties.includes(p)),
  );
  const figures = pairUp(
    draft.figures,
    gold.figures,
    (a, b) => a.value === b.value && overlap(a.quote, b.quote),
    (a, b) => a.value === b.value,
  );
  const nd = draft.events.length;
  const ng = gold.events.length;
  const count = <T>(pairs: readonly T[], ok: (p: T) => boolean) => pairs.filter(ok).length;
  // A direction matches with its ends and its term (absent: 对口支援, paired assistance).
  const dir = (e: Event) =>
    e.direction
      ? `${e.direction.from}>${e.direction.to}:${e.direction.term ?? 'paired-assistance'}`
      : null;
  return {
    published: { matched: draft.published === gold.published ? 1 : 0, drafted: 1, curated: 1 },
    regions: sets(draft.regions, gold.regions),
    links: sets(linksOf(draft, ancestors), linksOf(gold, ancestors)),
    events: { matched: events.length, drafted: nd, curated: ng },
    eventParties: {
      matched: events.reduce(
        (n, [a, b]) => n + a.parties.filter((p) => b.parties.includes(p)).length,
        0,
      ),
      drafted: draft.events.reduce((n, e) => n + e.parties.length, 0),
      curated: gold.events.reduce((n, e) => n + e.parties.length, 0),
    },
    eventDates: {
      matched: count(events, ([a, b]) => a.date === b.date && a.endDate === b.endDate),
      drafted: nd,
      curated: ng,
    },
    eventTypes: { matched: count(events, ([a, b]) => a.type === b.type), drafted: nd, curated: ng },
    venue: {
      matched: count(events, ([a, b]) => a.venue !== null && a.venue === b.venue),
      drafted: draft.events.filter((e) => e.venue !== null).length,
      curated: gold.events.filter((e) => e.venue !== null).length,
    },
    direction: {
      matched: count(events, ([a, b]) => dir(a) !== null && dir(a) === dir(b)),
      drafted: draft.events.filter((e) => e.direction).length,
      curated: gold.events.filter((e) => e.direction).length,
    },
    sectors: sets(draft.sectors, gold.sectors),
    figureValues: {
      matched: figures.length,
      drafted: draft.figures.length,
      curated: gold.figures.length,
    },
    figureUnits: {
      matched: count(figures, ([a, b]) => a.unit === b.unit),
      drafted: draft.figures.length,
      curated: gold.figures.length,
    },
    figureDates: {
      matched: count(figures, ([a, b]) => a.asOf === b.asOf),
      drafted: draft.figures.length,
      curated: gold.figures.length,
    },
  };
}
