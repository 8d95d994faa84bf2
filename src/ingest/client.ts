/**
 * The page's side of the ingest worker: {@link draftInWorker} drafts an article off the
 * main thread with the same code as `npm run ingest`; {@link checkInWorker} checks an
 * annotation with the rules of `npm run data`; {@link gazetteerInWorker} gives the
 * gazetteer data the worker loaded (for a place picker). One worker, created on the
 * first call; the gazetteer comes from `data/gazetteer.json` next to the page, or from
 * the single-file build's inline data.
 */
import type { CheckProblem } from './check/problem';
import type { Gazetteer } from './gazetteer';
import { GAZETTEER_PATH } from './gazetteer';
import type { DraftResult, IngestInput } from './ingest';
import type { GazetteerSource, WorkerFailure, WorkerRequest, WorkerResponse } from './protocol';
import { spawnWorker } from './spawnWorker';

/** The worker could not answer; `reason` picks the message a person reads. */
export class IngestError extends Error {
  readonly reason: WorkerFailure['reason'] | 'worker-failed';
  constructor(reason: IngestError['reason'], detail: string) {
    super(detail);
    this.name = 'IngestError';
    this.reason = reason;
  }
}

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: IngestError) => void };

const PAGE_PATH = GAZETTEER_PATH.replace(/^public\//u, '');
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** The single-file build's copy of the gazetteer (see `src/io/inline.ts`), else its URL. */
function gazetteerSource(): GazetteerSource {
  const inline: unknown = window.__ATLAS_INLINE__?.files[PAGE_PATH];
  if (typeof inline === 'string') return { text: inline };
  return { url: new URL(PAGE_PATH, document.baseURI).href };
}

function failAll(error: IngestError): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker?.terminate();
  worker = null;
}

function theWorker(): Worker {
  if (worker) return worker;
  const w = spawnWorker();
  w.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const p = pending.get(event.data.id);
    pending.delete(event.data.id);
    p?.resolve(event.data);
  });
  w.addEventListener('error', (event) => {
    event.preventDefault();
    failAll(new IngestError('worker-failed', event.message || 'the ingest worker failed'));
  });
  worker = w;
  return w;
}

type Request = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id'>
    : never
  : never;

function ask(request: Request): Promise<WorkerResponse> {
  const id = nextId++;
  return new Promise<WorkerResponse>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    try {
      theWorker().postMessage({ ...request, id });
    } catch (error) {
      pending.delete(id);
      reject(
        new IngestError('worker-failed', error instanceof Error ? error.message : String(error)),
      );
    }
  }).then((response) => {
    if (response.kind === 'failed')
      throw new IngestError(response.failure.reason, response.failure.detail);
    return response;
  });
}

/**
 * Drafts article `id` from pasted text or a dropped file's bytes, in the worker. Resolves
 * to the draft (with the normalised text its quotes index into) or to a refusal (empty,
 * binary, not Chinese, unreadable encoding, too large); rejects with an {@link IngestError}
 * only when the worker itself cannot work (no gazetteer, no worker).
 */
export async function draftInWorker(input: IngestInput, id = 'draft'): Promise<DraftResult> {
  const response = await ask({ kind: 'draft', input, articleId: id, source: gazetteerSource() });
  if (response.kind !== 'draft') throw new IngestError('worker-failed', 'unexpected answer');
  return response.result;
}

/** The gazetteer data the worker drafts with: regions with pinyin, sectors, divisions. */
export async function gazetteerInWorker(): Promise<Gazetteer> {
  const response = await ask({ kind: 'gazetteer', source: gazetteerSource() });
  if (response.kind !== 'gazetteer') throw new IngestError('worker-failed', 'unexpected answer');
  return response.gazetteer;
}

/**
 * Checks an annotation (the authoring form's state, as a plain object) with the rules of
 * `npm run data`, against its article's raw `text`: the problems, each with the path of
 * its field and a code whose words are `check.<code>` in the message catalogue (see
 * `src/i18n/checkText.ts`). Empty when the atlas would take the article.
 */
export async function checkInWorker(
  annotation: unknown,
  stem: string,
  text: string,
): Promise<CheckProblem[]> {
  const response = await ask({ kind: 'check', annotation, stem, text, source: gazetteerSource() });
  if (response.kind !== 'check') throw new IngestError('worker-failed', 'unexpected answer');
  return response.problems;
}
