/**
 * From a review to the annotation it saves, and what stands in the way: items still
 * pending, English not yet written, and every problem the schema of `npm run data`
 * finds, each tied to the item and field of the form it belongs to.
 */
import { findNumbers } from '../domain/extract/numbers';
import type { ProblemCode } from '../ingest/check';
import { UNTRANSLATED } from '../domain/extract/labels';
import type { Review } from './review';

/** Problems only the form has: decisions to make, English to write, the atlas's own ids. */
export type FormCode = 'pending' | 'untranslated' | 'idFormat' | 'idTaken';

/**
 * One problem: the item (`article` for the article's own fields) and the field of the form.
 * `check` problems come from the shared validator (`src/ingest/check/`, the rules of
 * `npm run data`), worded by `check.<code>`; `form` ones are the form's own.
 */
export type Problem = {
  readonly key: string;
  readonly field: string;
  readonly params: Readonly<Record<string, string | number>>;
} & (
  | { readonly source: 'form'; readonly code: FormCode }
  | { readonly source: 'check'; readonly code: ProblemCode }
);

/** What the checks need to know besides the review. */
export interface CheckContext {
  /** The gazetteer (the atlas's regions), for ids and their names. */
  readonly regions: ReadonlyMap<string, { name: { zh: string } }>;
  readonly sectorIds: ReadonlySet<string>;
  /** Ids of the atlas's own articles, which a new article may not take. */
  readonly takenIds: ReadonlySet<string>;
}

/** The article's own fields' key in {@link Problem.key}. */
export const ARTICLE_KEY = 'article';

/** A figure's value as typed: `86.5`, `1,200`, `150亿`, `1.74万亿`; null when it is not one number. */
export function parseValue(text: string): number | null {
  const plain = text.trim().replace(/,/gu, '');
  if (/^-?\d+(?:\.\d+)?$/u.test(plain)) return Number(plain);
  const found = findNumbers(plain);
  const only = found[0];
  if (found.length !== 1 || !only || only.start !== 0 || only.after.trim() !== '') return null;
  return only.value;
}

/** True for English the user has still to write: empty, or the draft's `[untranslated] …`. */
export const isUntranslated = (en: string): boolean =>
  en.trim() === '' || en.trimStart().startsWith(UNTRANSLATED.trim());

/** An annotation before validation: what the form holds, in the annotation's shape. */
export interface Candidate {
  readonly id: string;
  readonly title: { zh: string; en: string };
  readonly published: string;
  readonly source: { zh: string; en: string };
  readonly summary: { zh: string; en: string };
  readonly regions: readonly string[];
  readonly sectors: readonly string[];
  readonly events: readonly object[];
  readonly figures: readonly object[];
}

/** The annotation the accepted items make, before validation, and which item each record came from. */
export function annotationOf(review: Review): {
  candidate: Candidate;
  eventKeys: string[];
  figureKeys: string[];
} {
  const events = review.events.filter((i) => i.decision === 'accepted');
  const figures = review.figures.filter((i) => i.decision === 'accepted');
  const regions = new Set(
    review.regions.filter((i) => i.decision === 'accepted').map((i) => i.value),
  );
  const sectors = new Set(
    review.sectors.filter((i) => i.decision === 'accepted').map((i) => i.value),
  );
  for (const { value: e } of events) {
    e.parties.forEach((p) => regions.add(p));
    if (e.venue) regions.add(e.venue);
    e.sectors.forEach((s) => sectors.add(s));
  }
  for (const { value: f } of figures) {
    f.regions.forEach((r) => regions.add(r));
    f.sectors.forEach((s) => sectors.add(s));
  }
  const candidate = {
    id: review.id,
    status: 'curated',
    title: review.title,
    published: review.published,
    source: review.source,
    summary: review.summary,
    regions: [...regions],
    sectors: [...sectors],
    events: events.map(({ value: e }) => ({
      id: e.id,
      type: e.type,
      title: e.title,
      date: e.date,
      ...(e.endDate ? { endDate: e.endDate } : {}),
      venue: e.venue,
      parties: e.parties,
      ...(e.direction ? { direction: e.direction } : {}),
      sectors: e.sectors,
      quote: e.quote,
    })),
    figures: figures.map(({ value: f }) => ({
      id: f.id,
      metric: f.metric,
      value: parseValue(f.value) ?? f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      asOf: f.asOf,
      regions: f.regions,
      sectors: f.sectors,
      quote: f.quote,
    })),
  };
  return { candidate, eventKeys: events.map((i) => i.key), figureKeys: figures.map((i) => i.key) };
}
