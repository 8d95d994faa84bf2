/**
 * Checking a review before it is saved: the decisions still to make, the English still
 * to write, then the annotation it makes through the schema of `npm run data`, each
 * problem placed on the item and field of the form (first problem per field only).
 */
import { AnnotationSourceSchema, type AnnotationSource } from '../domain/schema';
import { findQuote, quoteIndex } from '../domain/text/quote';
import {
  ARTICLE_KEY,
  annotationOf,
  isUntranslated as untranslated,
  type CheckContext,
  type Problem,
  type ProblemCode,
} from './check';
import { ITEM_KINDS, type Review } from './review';

/** Article ids: what `data/raw/<id>.txt` allows (letters, digits, `_` and `-`). */
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,80}$/u;

/** The result of a check: the annotation when there is no problem, and the problems. */
export interface Checked {
  readonly annotation: AnnotationSource | null;
  readonly problems: readonly Problem[];
}

function codeOf(path: readonly PropertyKey[], code: string): ProblemCode {
  const leaf = String(path[path.length - 1] ?? '');
  const parent = String(path[path.length - 2] ?? '');
  if (['date', 'endDate', 'asOf'].includes(leaf)) return 'date';
  if (leaf === 'published') return 'published';
  if (leaf === 'value') return 'number';
  if (leaf === 'quote') return 'quoteShort';
  if (leaf === 'parties') return 'noParty';
  if (leaf === 'regions') return path.length === 1 ? 'noRegions' : 'noRegion';
  if (leaf === 'id' && path.length === 1) return 'idFormat';
  if ((leaf === 'zh' || leaf === 'en') && code === 'too_small') return 'empty';
  if (parent === 'parties' || parent === 'regions' || leaf === 'venue') return 'unknownRegion';
  return 'invalid';
}

/** Checks the review; `annotation` is set only when nothing stands in the way. */
export function checkReview(review: Review, ctx: CheckContext): Checked {
  const out: Problem[] = [];
  const seen = new Set<string>();
  const add = (key: string, field: string, code: ProblemCode, params = {}) => {
    if (seen.has(`${key} ${field}`)) return;
    seen.add(`${key} ${field}`);
    out.push({ key, field, code, params });
  };
  for (const kind of ITEM_KINDS)
    for (const item of review[kind])
      if (item.decision === 'pending') add(item.key, 'decision', 'pending');

  if (!ARTICLE_ID.test(review.id)) add(ARTICLE_KEY, 'id', 'idFormat');
  else if (ctx.takenIds.has(review.id)) add(ARTICLE_KEY, 'id', 'idTaken', { id: review.id });
  for (const field of ['title', 'source', 'summary'] as const)
    if (untranslated(review[field].en)) add(ARTICLE_KEY, `${field}.en`, 'untranslated');

  const text = quoteIndex(review.text.clean);
  const { candidate, eventKeys, figureKeys } = annotationOf(review);
  const keyOf = (path: readonly PropertyKey[]): { key: string; rest: PropertyKey[] } => {
    const [head, i, ...rest] = path;
    if (head === 'events' && typeof i === 'number')
      return { key: eventKeys[i] ?? ARTICLE_KEY, rest };
    if (head === 'figures' && typeof i === 'number')
      return { key: figureKeys[i] ?? ARTICLE_KEY, rest };
    return { key: ARTICLE_KEY, rest: path.slice() };
  };
  const region = (key: string, field: string, id: string | null) => {
    if (id !== null && !ctx.regionIds.has(id)) add(key, field, 'unknownRegion', { id });
  };
  for (const item of review.events) {
    if (item.decision !== 'accepted') continue;
    const e = item.value;
    if (untranslated(e.title.en)) add(item.key, 'title.en', 'untranslated');
    e.parties.forEach((p) => region(item.key, 'parties', p));
    region(item.key, 'venue', e.venue);
    if (
      e.direction &&
      !(e.parties.includes(e.direction.from) && e.parties.includes(e.direction.to))
    )
      add(item.key, 'direction', 'direction');
    if (e.quote.length >= 4 && !findQuote(text, e.quote)) add(item.key, 'quote', 'quoteMissing');
  }
  for (const item of review.figures) {
    if (item.decision !== 'accepted') continue;
    const f = item.value;
    if (untranslated(f.metric.en)) add(item.key, 'metric.en', 'untranslated');
    f.regions.forEach((r) => region(item.key, 'regions', r));
    if (f.quote.length >= 4 && !findQuote(text, f.quote)) add(item.key, 'quote', 'quoteMissing');
  }
  const parsed = AnnotationSourceSchema.safeParse(candidate);
  const regionsPending = review.regions.some((i) => i.decision === 'pending');
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { key, rest } = keyOf(issue.path);
      const field = rest.filter((p) => typeof p === 'string').join('.');
      const code = codeOf(issue.path, issue.code);
      // "No region" says nothing new while drafted regions wait for a decision.
      if (code === 'noRegions' && regionsPending) continue;
      add(key, field || 'decision', code, { detail: issue.message });
    }
  }
  const ready = parsed.success && out.length === 0;
  return { annotation: ready ? parsed.data : null, problems: out };
}
