/**
 * One validator for an annotation, used by `npm run data` (which adds the file and the
 * record to each line) and by the authoring view (which shows each problem next to its
 * field, in the UI's language). Every rule lives once, in this folder:
 * `shape.ts` (schema and unknown fields), `review.ts` (drafts, untranslated text) and
 * `references.ts` (ids, names in the text, parties, quotes).
 */
import type { AnnotationSource } from '../../domain/schema';
import type { CheckContext } from './references';
import { checkReferences } from './references';
import { checkReviewed } from './review';
import { checkShape } from './shape';
import type { CheckProblem } from './problem';
import { problemAt } from './problem';

export type { CheckContext } from './references';
export type { CheckProblem, PathKey, ProblemCode } from './problem';
export { PROBLEM_CODES } from './problem';
export { checkReferences, isBefore } from './references';
export { checkReviewed } from './review';
export { checkShape, numberInText, valueAt } from './shape';
export { regionsNamed, nearestId } from './named';

/** The annotation's id must be its file's name (the form's id), or it would overwrite another. */
export function checkIdentity(n: AnnotationSource, stem: string): CheckProblem[] {
  return n.id === stem ? [] : [problemAt(['id'], 'idMismatch', { id: n.id, stem })];
}

/**
 * Checks a plain object as the annotation of article `stem` (its file name without
 * `.yaml`, or the id the form chose): its shape, then whether it is reviewed, then its
 * references. Returns the annotation when its shape is sound, and every problem.
 */
export function checkAnnotation(
  root: unknown,
  stem: string,
  ctx: CheckContext,
): { annotation: AnnotationSource | null; problems: CheckProblem[] } {
  const shape = checkShape(root);
  const n = shape.annotation;
  if (n === null) return shape;
  const problems = [...shape.problems];
  problems.push(...checkIdentity(n, stem), ...checkReviewed(n), ...checkReferences(n, ctx));
  return { annotation: n, problems };
}
