/**
 * The browser store of the authoring feature: the articles kept in this browser and the
 * autosaved draft, in IndexedDB through `idb-keyval`. Every operation resolves, never
 * rejects: a failure (quota exceeded, private mode, storage disabled, a database another
 * tab blocks) comes back as a {@link StoreFailure} the view words for the user, and the
 * caller keeps its data in the page.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** What a store can do; the IndexedDB one by default, a failing one in tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/** Why the browser would not keep something. */
export type StoreFailure =
  /** The browser's storage quota for this page is used up. */
  | 'quota'
  /** No IndexedDB here: private mode, storage switched off, or a page opened from a file that may not store. */
  | 'unavailable'
  /** The database did not answer (another tab holds it, or the browser is stuck). */
  | 'blocked'
  | 'failed';

/** The outcome of a store operation. */
export type Stored<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: StoreFailure; readonly detail: string };

/** A database that does not answer within this time is treated as blocked. */
const ANSWER_MS = 4000;

const DB_NAME = 'cooperation-atlas';
const STORE_NAME = 'authoring';

/** The kind of failure an error stands for. */
export function failureOf(error: unknown): StoreFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) return 'quota';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'ReferenceError')
    return 'unavailable';
  if (name === 'TimeoutError') return 'blocked';
  return 'failed';
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new DOMException('IndexedDB did not answer', 'TimeoutError')),
      ANSWER_MS,
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

let idb: UseStore | null = null;

/** The IndexedDB store, opened on first use (opening throws where IndexedDB is off). */
export const indexedDbStore: KeyValueStore = {
  get: (key) => get<unknown>(key, (idb ??= createStore(DB_NAME, STORE_NAME))),
  set: (key, value) => set(key, value, (idb ??= createStore(DB_NAME, STORE_NAME))),
  del: (key) => del(key, (idb ??= createStore(DB_NAME, STORE_NAME))),
};

/** Runs one operation on `store`, turning any error (thrown or rejected) into a failure. */
export async function attempt<T>(
  run: (store: KeyValueStore) => Promise<T>,
  store: KeyValueStore = indexedDbStore,
): Promise<Stored<T>> {
  try {
    return { ok: true, value: await withTimeout(run(store)) };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, failure: failureOf(error), detail };
  }
}
