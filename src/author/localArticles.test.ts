/**
 * Articles kept in the browser, and what happens when the browser store fails
 * (issue 19, item 7): nothing is lost, nothing half-changes, and the user is told why.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalArticle } from '../domain/localArticles';
import { useAtlasStore } from '../state/store';
import { loadArticleDetails } from '../io/detail/registry';
import { memorySource } from '../io/detail/sources';
import { makeIndex } from '../testing/fixtures';
import { applyEdit } from './edits';
import { CONTEXT, DRAFT } from './fixtures';
import {
  ARTICLES_KEY,
  keepArticle,
  keptArticles,
  readLocalArticles,
  removeArticle,
  storeStatus,
  withLocalIndex,
} from './localArticles';
import { KEPT_MARK } from './keptMark';
import { attempt, type KeyValueStore } from './localStore';
import { checkReview } from './problems';
import { reviewOf } from './review';

/** A store in memory, like IndexedDB when it works. */
function memoryStore(
  initial: Record<string, unknown> = {},
): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (key) => Promise.resolve(data.get(key)),
    set: (key, value) => Promise.resolve(void data.set(key, value)),
    del: (key) => Promise.resolve(void data.delete(key)),
  };
}

/** A store whose every operation fails as a browser's does. */
function failingStore(error: unknown): KeyValueStore {
  const fail = () => Promise.reject(error);
  return { get: fail, set: fail, del: fail };
}

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function article(): LocalArticle {
  let review = applyEdit(reviewOf(DRAFT, 'shiyan-ningbo', null), { type: 'acceptPending' });
  for (const field of ['title', 'source', 'summary'] as const)
    review = applyEdit(review, { type: 'meta', field, lang: 'en', value: `The ${field}` });
  const { annotation } = checkReview(review, CONTEXT);
  if (!annotation) throw new Error('fixture article does not check');
  return { annotation, text: review.text, savedAt: '2025-01-01T00:00:00.000Z' };
}

const base = { atlas: makeIndex().atlas, detail: memorySource([]) };

beforeEach(async () => {
  useAtlasStore.setState({ notices: [], load: { status: 'ready', index: withLocalIndex(base) } });
  await readLocalArticles(memoryStore());
});

describe('keeping an article in the browser', () => {
  it('adds it to the atlas, marked local and removable, and removes it again', async () => {
    const store = memoryStore();
    expect(await keepArticle(article(), store)).toEqual({ ok: true, value: undefined });
    const state = useAtlasStore.getState();
    const index = state.load.status === 'ready' ? state.load.index : null;
    expect(index?.articleById.has('shiyan-ningbo')).toBe(true);
    expect(index?.events.filter((e) => e.article === 'shiyan-ningbo')).toHaveLength(1);
    expect(state.localArticles.removable.has('shiyan-ningbo')).toBe(true);
    expect(store.data.get(ARTICLES_KEY)).toHaveLength(1);
    // Its summary and quotes are served by the detail API, like the atlas's own.
    const detail = (await loadArticleDetails(['shiyan-ningbo'])).get('shiyan-ningbo');
    expect(detail?.summary).toEqual(article().annotation.summary);
    expect(Object.keys(detail?.events ?? {})).toHaveLength(1);

    expect((await removeArticle('shiyan-ningbo', store)).ok).toBe(true);
    const after = useAtlasStore.getState();
    expect(after.load.status === 'ready' && after.load.index.articleById.has('shiyan-ningbo')).toBe(
      false,
    );
    expect(store.data.get(ARTICLES_KEY)).toEqual([]);
  });

  it('marks the page while this browser keeps articles, for the first frame before the app', async () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    });
    try {
      const store = memoryStore();
      await keepArticle(article(), store);
      expect(stored.get(KEPT_MARK)).toBe('1');
      await removeArticle('shiyan-ningbo', store);
      expect(stored.has(KEPT_MARK)).toBe(false);
      // Kept before the mark existed (or it was cleared): reading the store sets it again.
      await readLocalArticles(memoryStore({ [ARTICLES_KEY]: [article()] }));
      expect(stored.get(KEPT_MARK)).toBe('1');
      // A store that cannot be read leaves the mark as it was; a failed write changes nothing.
      await readLocalArticles(failingStore(quota));
      await keepArticle(article(), failingStore(quota));
      expect(stored.get(KEPT_MARK)).toBe('1');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('when the quota is exceeded: says so, keeps the atlas as it was, loses nothing', async () => {
    const before = useAtlasStore.getState().load;
    const kept = await keepArticle(article(), failingStore(quota));
    expect(kept).toMatchObject({ ok: false, failure: 'quota' });
    expect(keptArticles()).toEqual([]);
    expect(useAtlasStore.getState().load).toBe(before);
  });

  it('classifies private mode, a missing IndexedDB and a database that never answers', async () => {
    const security = new DOMException('The user denied permission.', 'SecurityError');
    expect(await attempt((s) => s.get('x'), failingStore(security))).toMatchObject({
      failure: 'unavailable',
    });
    const missing: KeyValueStore = {
      get: () => {
        throw new ReferenceError('indexedDB is not defined');
      },
      set: () => Promise.resolve(),
      del: () => Promise.resolve(),
    };
    expect(await attempt((s) => s.get('x'), missing)).toMatchObject({ failure: 'unavailable' });
    vi.useFakeTimers();
    try {
      const silent: KeyValueStore = {
        get: () => new Promise(() => undefined),
        set: () => new Promise(() => undefined),
        del: () => new Promise(() => undefined),
      };
      const pending = attempt((s) => s.set('x', 1), silent);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await pending).toMatchObject({ ok: false, failure: 'blocked' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads past entries it cannot parse and writes them back untouched', async () => {
    const junk = { annotation: { id: 'old' }, note: 'from an older version' };
    const store = memoryStore({ [ARTICLES_KEY]: [junk] });
    await readLocalArticles(store);
    expect(storeStatus()).toEqual({ failure: null, unreadable: 1 });
    await keepArticle(article(), store);
    expect(store.data.get(ARTICLES_KEY)).toEqual([
      expect.objectContaining({ savedAt: expect.any(String) }),
      junk,
    ]);
  });

  it('still loads the atlas when the store cannot be read, and keeps the reason for the view', async () => {
    await readLocalArticles(failingStore(new DOMException('blocked', 'InvalidStateError')));
    expect(storeStatus()).toEqual({ failure: 'unavailable', unreadable: 0 });
    expect(useAtlasStore.getState().notices).toEqual([]);
    expect(withLocalIndex(base).atlas).toBe(base.atlas);
  });
});
