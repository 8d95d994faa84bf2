/**
 * Messages between the page and the atlas worker. Requests carry a number (`seq`,
 * not `id`: pages that watch MapLibre's worker traffic key on string ids) and each
 * answer repeats it. Both sides check what arrives with the guards below.
 */
import type { BuiltColumns } from '../../domain/recordColumns';
import type { ArticleDetail } from '../../domain/schema';
import type { LoadProblem } from '../problems';
import { isPackedJson, type PackedJson } from '../packedJson';

/**
 * Where the worker gets the file: a URL to fetch (absolute), bytes the page fetched
 * from a URL (absolute; the worker reads the core's pack next to it), or a picked file.
 */
export type FileSource =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'bytes'; readonly bytes: ArrayBuffer; readonly url: string }
  | { readonly kind: 'blob'; readonly blob: Blob };

/**
 * What the worker answers `details` requests from: the records a format 1 file carried,
 * the detail files beside a core it read from a URL, or nothing (a picked file).
 */
export type DetailHeld = 'records' | 'files' | 'none';

export type ToWorker =
  | {
      readonly type: 'open';
      readonly seq: number;
      readonly file: string;
      readonly source: FileSource;
    }
  | { readonly type: 'details'; readonly seq: number; readonly ids: readonly string[] };

export type FromWorker =
  | {
      readonly type: 'opened';
      readonly seq: number;
      /** A core file, packed. */
      readonly core: PackedJson;
      readonly trusted: boolean;
      /** Which detail the worker answers `details` requests from. */
      readonly detail: DetailHeld;
    }
  | {
      /** After `opened`, for the same `seq`: the records' columns (null when they could not be built). */
      readonly type: 'columns';
      readonly seq: number;
      readonly columns: BuiltColumns | null;
    }
  | { readonly type: 'failed'; readonly seq: number; readonly problem: LoadProblem }
  | { readonly type: 'details'; readonly seq: number; readonly details: readonly ArticleDetail[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** True for a message the worker may have sent (checked by its type and sequence number). */
export function isFromWorker(value: unknown): value is FromWorker {
  if (!isObject(value) || typeof value.seq !== 'number') return false;
  switch (value.type) {
    case 'opened':
      return (
        isPackedJson(value.core) &&
        typeof value.trusted === 'boolean' &&
        (value.detail === 'records' || value.detail === 'files' || value.detail === 'none')
      );
    case 'columns':
      return value.columns === null || isObject(value.columns);
    case 'failed':
      return isObject(value.problem) && typeof value.problem.kind === 'string';
    case 'details':
      return Array.isArray(value.details);
    default:
      return false;
  }
}

/** True for a request the page may have sent. */
export function isToWorker(value: unknown): value is ToWorker {
  if (!isObject(value) || typeof value.seq !== 'number') return false;
  if (value.type === 'details') return Array.isArray(value.ids);
  return value.type === 'open' && typeof value.file === 'string' && isObject(value.source);
}
