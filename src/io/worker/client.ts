/**
 * The page's side of the atlas worker: started on first use (its code, with zod and
 * the schemas, is a chunk of its own, inlined as a `blob:` worker so the single-file
 * build needs no extra file), one request at a time per `seq`.
 */
import type { BuiltColumns } from '../../domain/recordColumns';
import type { ArticleDetail } from '../../domain/schema';
import { AtlasLoadError, type LoadProblem } from '../problems';
import type { PackedJson } from '../packedJson';
import {
  isFromWorker,
  type DetailHeld,
  type FileSource,
  type FromWorker,
  type ToWorker,
} from './protocol';

interface Pending {
  resolve(message: FromWorker): void;
  reject(error: AtlasLoadError): void;
}

let started: Promise<Worker> | null = null;
let next = 1;
const pending = new Map<number, Pending>();
/** Files opened whose columns are still to come, by `seq`. */
const columnsDue = new Map<number, (columns: BuiltColumns | null) => void>();

function failAll(problem: LoadProblem): void {
  for (const p of pending.values()) p.reject(new AtlasLoadError(problem));
  for (const due of columnsDue.values()) due(null);
  pending.clear();
  columnsDue.clear();
  started = null;
}

async function start(): Promise<Worker> {
  const { default: AtlasWorker } = await import('./atlas.worker?worker&inline');
  const worker = new AtlasWorker();
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isFromWorker(message)) return;
    if (message.type === 'columns') {
      columnsDue.get(message.seq)?.(message.columns);
      columnsDue.delete(message.seq);
      return;
    }
    const waiting = pending.get(message.seq);
    pending.delete(message.seq);
    // Only a file opened has its columns to come.
    if (message.type !== 'opened') {
      columnsDue.get(message.seq)?.(null);
      columnsDue.delete(message.seq);
    }
    waiting?.resolve(message);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failAll({ kind: 'worker', reason: event.message || 'the worker could not start' });
  });
  return worker;
}

async function request(
  make: (seq: number) => ToWorker,
  transfer: Transferable[] = [],
  onColumns?: (columns: BuiltColumns | null) => void,
) {
  started ??= start();
  let worker: Worker;
  try {
    worker = await started;
  } catch (error) {
    started = null;
    throw new AtlasLoadError({ kind: 'worker', reason: String(error) });
  }
  const seq = next++;
  if (onColumns) columnsDue.set(seq, onColumns);
  return new Promise<FromWorker>((resolve, reject) => {
    pending.set(seq, { resolve, reject });
    worker.postMessage(make(seq), transfer);
  });
}

/** A file the worker read: the core, packed, and where its detail is. */
export interface WorkerFile {
  /** The core file, packed (`unpackJson` gives what `JSON.parse` would). */
  readonly core: PackedJson;
  readonly trusted: boolean;
  /** Which detail the worker answers for (`workerDetails`). */
  readonly detail: DetailHeld;
  /** The records' columns, built by the worker after it sent the core (null: build them here). */
  readonly columns: Promise<BuiltColumns | null>;
}

/**
 * Has the worker read (and, unless its hash checks out, validate) an atlas file.
 * `file` is the path as the page names it in messages; a URL source must be absolute.
 */
export async function openInWorker(file: string, source: FileSource): Promise<WorkerFile> {
  const transfer = source.kind === 'bytes' ? [source.bytes] : [];
  let gotColumns: (columns: BuiltColumns | null) => void = () => undefined;
  const columns = new Promise<BuiltColumns | null>((resolve) => (gotColumns = resolve));
  const answer = await request(
    (seq) => ({ type: 'open', seq, file, source }),
    transfer,
    gotColumns,
  );
  if (answer.type === 'failed') throw new AtlasLoadError(answer.problem);
  if (answer.type !== 'opened') throw new AtlasLoadError({ kind: 'worker', reason: answer.type });
  return {
    core: answer.core,
    trusted: answer.trusted,
    detail: answer.detail,
    columns,
  };
}

/**
 * The details the worker answers for (`WorkerFile.detail`), for the articles it has;
 * rejects with the `AtlasLoadError` of a detail file it could not read.
 */
export async function workerDetails(ids: readonly string[]): Promise<readonly ArticleDetail[]> {
  const answer = await request((seq) => ({ type: 'details', seq, ids }));
  if (answer.type === 'failed') throw new AtlasLoadError(answer.problem);
  return answer.type === 'details' ? answer.details : [];
}
