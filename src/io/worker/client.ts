/**
 * The page's side of the atlas worker: started on first use (its code, with zod and
 * the schemas, is a chunk of its own, inlined as a `blob:` worker so the single-file
 * build needs no extra file), one request at a time per `seq`.
 */
import type { ArticleDetail } from '../../domain/schema';
import { AtlasLoadError, type LoadProblem } from '../problems';
import { isFromWorker, type FileSource, type FromWorker, type ToWorker } from './protocol';

interface Pending {
  resolve(message: FromWorker): void;
  reject(error: AtlasLoadError): void;
}

let started: Promise<Worker> | null = null;
let next = 1;
const pending = new Map<number, Pending>();

function failAll(problem: LoadProblem): void {
  for (const p of pending.values()) p.reject(new AtlasLoadError(problem));
  pending.clear();
  started = null;
}

async function start(): Promise<Worker> {
  const { default: AtlasWorker } = await import('./atlas.worker?worker&inline');
  const worker = new AtlasWorker();
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isFromWorker(message)) return;
    const waiting = pending.get(message.seq);
    pending.delete(message.seq);
    waiting?.resolve(message);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failAll({ kind: 'worker', reason: event.message || 'the worker could not start' });
  });
  return worker;
}

async function request(make: (seq: number) => ToWorker, transfer: Transferable[] = []) {
  started ??= start();
  let worker: Worker;
  try {
    worker = await started;
  } catch (error) {
    started = null;
    throw new AtlasLoadError({ kind: 'worker', reason: String(error) });
  }
  const seq = next++;
  return new Promise<FromWorker>((resolve, reject) => {
    pending.set(seq, { resolve, reject });
    worker.postMessage(make(seq), transfer);
  });
}

/** A file the worker read: the core's JSON bytes, and where its detail is. */
export interface WorkerFile {
  /** The JSON text of the core file. */
  readonly core: string;
  readonly trusted: boolean;
  readonly detailInWorker: boolean;
}

/**
 * Has the worker read (and, unless its hash checks out, validate) an atlas file.
 * `file` is the path as the page names it in messages; a URL source must be absolute.
 */
export async function openInWorker(file: string, source: FileSource): Promise<WorkerFile> {
  const transfer = source.kind === 'bytes' ? [source.bytes] : [];
  const answer = await request((seq) => ({ type: 'open', seq, file, source }), transfer);
  if (answer.type === 'failed') throw new AtlasLoadError(answer.problem);
  if (answer.type !== 'opened') throw new AtlasLoadError({ kind: 'worker', reason: answer.type });
  return {
    core: answer.core,
    trusted: answer.trusted,
    detailInWorker: answer.detailInWorker,
  };
}

/** The details of a file the worker holds (format 1), for the articles it has. */
export async function workerDetails(ids: readonly string[]): Promise<readonly ArticleDetail[]> {
  const answer = await request((seq) => ({ type: 'details', seq, ids }));
  return answer.type === 'details' ? answer.details : [];
}
