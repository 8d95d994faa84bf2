/**
 * The shape checks of an annotation: the zod issues of `AnnotationSourceSchema`, worded
 * as problems (one per field: later checks on a field that already failed only repeat
 * the first), fields the schema does not know (zod strips them silently), and a number
 * written with its unit (`86.5亿`) read so the message can give the number to write.
 */
import { findNumbers } from '../../domain/extract/numbers';
import {
  AnnotationSourceSchema,
  EventSourceSchema,
  FigureSourceSchema,
  FORMAT_MESSAGES,
  type AnnotationSource,
} from '../../domain/schema';
import type { z } from '../../domain/zod';
import type { CheckProblem, PathKey, ProblemCode } from './problem';
import { problemAt } from './problem';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at `path` in `root`, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isRecord(value) && typeof key === 'string') value = value[key];
    else return undefined;
  }
  return value;
}

/** The number a text such as `86.5亿`, `30多万` or `1,200` stands for, or null. */
export function numberInText(text: string): number | null {
  const found = findNumbers(text.replace(/[,，\s]/gu, ''));
  return found.length === 1 && found[0] ? found[0].value : null;
}

const FORMAT_CODES = new Map<string, ProblemCode>([
  [FORMAT_MESSAGES.regionId, 'regionIdFormat'],
  [FORMAT_MESSAGES.sectorId, 'sectorIdFormat'],
  [FORMAT_MESSAGES.date, 'dateFormat'],
  [FORMAT_MESSAGES.published, 'publishedFormat'],
  [FORMAT_MESSAGES.localId, 'localIdFormat'],
  [FORMAT_MESSAGES.realDate, 'notRealDate'],
  [FORMAT_MESSAGES.realDay, 'notRealDate'],
]);

const TYPE_CODES: Record<string, ProblemCode> = {
  string: 'notText',
  array: 'notList',
  object: 'notRecord',
  boolean: 'notBoolean',
};

function issueProblem(issue: z.core.$ZodIssue, root: unknown): CheckProblem {
  const path: PathKey[] = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
  const value = valueAt(root, path);
  const field = [...path].reverse().find((k): k is string => typeof k === 'string') ?? '';
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return problemAt(path, 'required', { field });
      if (issue.expected === 'number') {
        const n = typeof value === 'string' ? numberInText(value) : null;
        return n === null
          ? problemAt(path, 'notNumber')
          : problemAt(path, 'numberWithUnit', { text, value: n });
      }
      return problemAt(path, TYPE_CODES[issue.expected] ?? 'invalid', { message: issue.message });
    }
    case 'too_small':
      if (issue.origin === 'array')
        return problemAt(path, 'tooFew', { minimum: Number(issue.minimum) });
      return problemAt(path, field === 'quote' ? 'quoteTooShort' : 'empty');
    case 'invalid_value':
      return problemAt(path, 'notOneOf', { value: text, options: issue.values.join(', ') });
    default: {
      const code = FORMAT_CODES.get(issue.message);
      return code
        ? problemAt(path, code, { value: text })
        : problemAt(path, 'invalid', { message: issue.message });
    }
  }
}

function unknownKeys(path: PathKey[], value: unknown, known: readonly string[]): CheckProblem[] {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((k) => !known.includes(k))
    .map((k) => problemAt([...path, k], 'unknownField', { field: k, known: known.join(', ') }));
}

function listKeys(root: unknown, key: 'events' | 'figures', known: readonly string[]) {
  const list = valueAt(root, [key]);
  return Array.isArray(list) ? list.flatMap((item, i) => unknownKeys([key, i], item, known)) : [];
}

/**
 * Parses a plain object (a parsed YAML file, or the authoring form's state) as an
 * annotation. Returns the annotation, or null with its shape problems; unknown fields are
 * problems either way.
 */
export function checkShape(root: unknown): {
  annotation: AnnotationSource | null;
  problems: CheckProblem[];
} {
  if (!isRecord(root)) return { annotation: null, problems: [problemAt([], 'notRecord')] };
  const extra = [
    ...unknownKeys([], root, Object.keys(AnnotationSourceSchema.shape)),
    ...listKeys(root, 'events', Object.keys(EventSourceSchema.shape)),
    ...listKeys(root, 'figures', Object.keys(FigureSourceSchema.shape)),
  ];
  const result = AnnotationSourceSchema.safeParse(root);
  if (result.success) return { annotation: result.data, problems: extra };
  const seen = new Set<string>();
  const problems = result.error.issues.flatMap((issue) => {
    const key = JSON.stringify(issue.path.map(String));
    if (seen.has(key)) return [];
    seen.add(key);
    return [issueProblem(issue, root)];
  });
  return { annotation: null, problems: [...problems, ...extra] };
}
