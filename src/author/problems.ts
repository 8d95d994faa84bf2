/**
 * Checking a review before it is saved: the decisions still to make and the English still
 * to write (the form's own checks), then the annotation it makes through the shared
 * validator of `npm run data` (`src/ingest/check/`), each problem placed on the item and
 * field of the form it belongs to (the first problem per field only).
 */
import type { AnnotationSource } from '../domain/schema';
import { checkAnnotation, type CheckProblem } from '../ingest/check';
import {
  ARTICLE_KEY,
  annotationOf,
  isUntranslated,
  type CheckContext,
  type FormCode,
  type Problem,
} from './check';
import { ITEM_KINDS, type Review } from './review';

/** Article ids: what `data/raw/<id>.txt` allows (letters, digits, `_` and `-`). */
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,80}$/u;

/** The result of a check: the annotation when there is no problem, and the problems. */
export interface Checked {
  readonly annotation: AnnotationSource | null;
  readonly problems: readonly Problem[];
  /** The annotation as the form holds it, for the worker's full check. */
  readonly candidate: object;
  /** Which item each event, figure and region of `candidate` came from. */
  readonly keys: Keys;
}

/** The review items behind the records of a candidate annotation, by position. */
export interface Keys {
  readonly events: readonly string[];
  readonly figures: readonly string[];
  readonly regions: readonly string[];
}

/** Which item and field of the form a validator path points at. */
export function placeOf(
  path: readonly (string | number)[],
  review: Review,
  keys: Keys,
): { key: string; field: string } {
  const [head, i, ...rest] = path;
  const field = (parts: readonly (string | number)[]) =>
    parts.filter((p) => typeof p === 'string').join('.');
  if ((head === 'events' || head === 'figures') && typeof i === 'number')
    return { key: keys[head][i] ?? ARTICLE_KEY, field: field(rest) || 'decision' };
  if (head === 'regions' && typeof i === 'number') {
    const item = review.regions.find((r) => r.value === keys.regions[i]);
    return item ? { key: item.key, field: 'decision' } : { key: ARTICLE_KEY, field: 'regions' };
  }
  return { key: ARTICLE_KEY, field: field(path) };
}

/** The validator's problems placed on the form. */
export function placeProblems(
  problems: readonly CheckProblem[],
  review: Review,
  keys: Keys,
): Problem[] {
  return problems.map((p) => ({
    ...placeOf(p.path, review, keys),
    source: 'check',
    code: p.code,
    params: p.params,
  }));
}

/** The first problem of each field only: later ones on a field that already failed only repeat it. */
export function firstPerField(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const at = `${p.key} ${p.field}`;
    if (seen.has(at)) return false;
    seen.add(at);
    return true;
  });
}

/**
 * Checks the review on the page (without the check of which regions the text names,
 * which needs the whole gazetteer: the ingest worker adds it, see `useFullCheck`).
 * `annotation` is set only when nothing stands in the way.
 */
export function checkReview(review: Review, ctx: CheckContext): Checked {
  const form: Problem[] = [];
  const add = (key: string, field: string, code: FormCode, params = {}) =>
    form.push({ key, field, source: 'form', code, params });
  for (const kind of ITEM_KINDS)
    for (const item of review[kind])
      if (item.decision === 'pending') add(item.key, 'decision', 'pending');
  if (!ARTICLE_ID.test(review.id)) add(ARTICLE_KEY, 'id', 'idFormat');
  else if (ctx.takenIds.has(review.id)) add(ARTICLE_KEY, 'id', 'idTaken', { id: review.id });
  for (const field of ['title', 'source', 'summary'] as const)
    if (isUntranslated(review[field].en)) add(ARTICLE_KEY, `${field}.en`, 'untranslated');
  for (const item of review.events)
    if (item.decision === 'accepted' && isUntranslated(item.value.title.en))
      add(item.key, 'title.en', 'untranslated');
  for (const item of review.figures)
    if (item.decision === 'accepted' && isUntranslated(item.value.metric.en))
      add(item.key, 'metric.en', 'untranslated');

  const { candidate, eventKeys, figureKeys } = annotationOf(review);
  const checked = checkAnnotation(candidate, review.id, {
    regions: ctx.regions,
    sectorIds: ctx.sectorIds,
    clean: review.text.clean,
    named: null,
    rawPath: `data/raw/${review.id}.txt`,
  });
  const keys = { events: eventKeys, figures: figureKeys, regions: candidate.regions };
  const regionsPending = review.regions.some((i) => i.decision === 'pending');
  const placed = placeProblems(checked.problems, review, keys).filter(
    // "No region" says nothing new while drafted regions wait for a decision.
    (p) =>
      !(regionsPending && p.key === ARTICLE_KEY && p.field === 'regions' && p.code === 'tooFew'),
  );
  const problems = firstPerField([...form, ...placed]);
  const ready = problems.length === 0 ? checked.annotation : null;
  return { annotation: ready, problems, candidate, keys };
}
