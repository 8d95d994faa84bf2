/**
 * Error messages that name the file, the record and the field:
 * `data/annotations/002_x.yaml › events[3] (id "summit-2023") › quote: not found …`.
 */
import type { z } from '../../src/domain/zod';

type Path = readonly PropertyKey[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at `key` of a list or object, or undefined. */
export function child(value: unknown, key: PropertyKey): unknown {
  if (Array.isArray(value) && typeof key === 'number') return value[key];
  if (isRecord(value) && typeof key === 'string') return value[key];
  return undefined;
}

function fieldPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out.length === 0 ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Formats one problem. The record is the first list element on `path` that is an
 * object (`events[3]`, or `[12]` in a list file), labelled with its `id` when it has
 * one; the field is the rest of the path.
 */
export function problem(file: string, path: Path, message: string, root?: unknown): string {
  let value = root;
  let split = -1;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    value = child(value, key ?? '');
    if (typeof key === 'number' && isRecord(value)) {
      split = i;
      break;
    }
  }
  const parts = [file];
  if (split >= 0) {
    const id = isRecord(value) && typeof value.id === 'string' ? ` (id "${value.id}")` : '';
    parts.push(`${fieldPath(path.slice(0, split + 1))}${id}`);
  }
  const field = fieldPath(path.slice(split + 1));
  const head = field.length > 0 ? [...parts, field].join(' › ') : parts.join(' › ');
  return `${head}: ${message}`;
}

/** One message per field with zod issues, located in `root` (the parsed file). */
export function schemaProblems(file: string, error: z.core.$ZodError, root: unknown): string[] {
  // One message per field: later checks on a field that already failed (`yesterday` is
  // neither YYYY-MM-DD nor a real date) only repeat the first.
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const key = JSON.stringify(issue.path.map(String));
    if (seen.has(key)) return [];
    seen.add(key);
    return [problem(file, issue.path, issue.message, root)];
  });
}

/** Unknown keys of an object checked against the keys a schema knows (zod strips them silently). */
export function unknownKeys(
  file: string,
  path: Path,
  value: unknown,
  known: readonly string[],
  root: unknown,
): string[] {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((k) => !known.includes(k))
    .map((k) => problem(file, [...path, k], `unknown field (known: ${known.join(', ')})`, root));
}

/** The first `n` characters of a quote, for messages. */
export function excerpt(s: string, n = 30): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n).join('')}…`;
}
