/**
 * The one place where parsed atlas JSON is taken as typed without record-by-record
 * validation. It is called only on a core file whose bytes matched the hash the
 * writer sealed them with (`verifyCore`), or on what the atlas worker sends after
 * validating a file with the schema. The checks here are the cheap ones that keep a
 * wrong file from going further: the format, the lists, and the paths it would fetch.
 */
import { RELATIVE_PATH, type AtlasCoreFile } from '../domain/compiledSchema';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safePaths(detail: unknown, texts: unknown): boolean {
  if (!isObject(detail) || !Array.isArray(detail.files) || typeof detail.perFile !== 'number') {
    return false;
  }
  const paths = detail.files.map((f: unknown) => (isObject(f) ? f.path : null));
  return (
    (texts === null || (typeof texts === 'string' && RELATIVE_PATH.test(texts))) &&
    paths.every((p) => typeof p === 'string' && RELATIVE_PATH.test(p))
  );
}

/** True when `value` has the outline of a format 2 core file (see the module comment). */
export function isTrustedCore(value: unknown): value is AtlasCoreFile {
  return (
    isObject(value) &&
    value.version === 2 &&
    typeof value.hash === 'string' &&
    typeof value.dataDate === 'string' &&
    safePaths(value.detail, value.texts) &&
    ['regions', 'sectors', 'articles', 'events', 'figures'].every((k) => Array.isArray(value[k]))
  );
}
