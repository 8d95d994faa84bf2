/**
 * What can go wrong when the atlas or its detail loads, as values: a kind and the
 * facts a person needs (which file, which HTTP status, which record and field).
 * They are translated where they are shown, so the same failure reads in Chinese or
 * English, and they cross the worker boundary as plain data.
 */

/** One schema problem: where (record and field) and what, in both languages. */
export interface SchemaIssue {
  /** The record: its list and position, with its id and article when it has them. */
  readonly record: {
    readonly list: string;
    readonly index: number;
    readonly id: string | null;
    readonly article: string | null;
  } | null;
  /** The field inside the record (or from the root): `parties[0]`, `title.en`; empty for the record itself. */
  readonly field: string;
  readonly message: { readonly zh: string; readonly en: string };
}

/** A failure to load, by kind. `file` is the path as the page asked for it. */
export type LoadProblem =
  | { readonly kind: 'network'; readonly file: string }
  | {
      readonly kind: 'http';
      readonly file: string;
      readonly status: number;
      readonly statusText: string;
    }
  /** Not JSON; `webPage` when an HTML page came back instead (a wrong path on many servers). */
  | {
      readonly kind: 'notJson';
      readonly file: string;
      readonly bytes: number;
      readonly webPage: boolean;
    }
  /** JSON, but not an atlas file of a format this app reads (`found`: its `version`, or null). */
  | { readonly kind: 'format'; readonly file: string; readonly found: string | null }
  /** An atlas file whose records do not match the schema: the first issues and how many in all. */
  | {
      readonly kind: 'schema';
      readonly file: string;
      readonly issues: readonly SchemaIssue[];
      readonly total: number;
    }
  /** A large atlas's core picked without the pack next to it that holds its records (format 3). */
  | { readonly kind: 'packAlone'; readonly file: string; readonly pack: string }
  /** A detail file (or pack) that is not the one its atlas names (its hash differs): the files are out of step. */
  | { readonly kind: 'detailMismatch'; readonly file: string }
  /** The worker that reads a user's file could not start or stopped. */
  | { readonly kind: 'worker'; readonly reason: string }
  /** Anything else (a bug): the reason as the browser gave it. */
  | { readonly kind: 'unexpected'; readonly reason: string };
