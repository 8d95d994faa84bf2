import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, readWork, writeWork } from './autosave';
import { DRAFT } from './fixtures';
import type { KeyValueStore } from './localStore';
import { reviewOf } from './review';

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (key) => Promise.resolve(data.get(key)),
    set: (key, value) => Promise.resolve(void data.set(key, value)),
    del: (key) => Promise.resolve(void data.delete(key)),
  };
}

describe('the autosaved draft', () => {
  it('comes back after a reload as it was left', async () => {
    const store = memoryStore();
    const review = reviewOf(DRAFT, 'shiyan-ningbo', 'shiyan-ningbo.txt');
    expect((await writeWork('pasted text', review, store)).ok).toBe(true);
    const read = await readWork(store);
    expect(read.ok && read.value?.review).toEqual(review);
    expect(read.ok && read.value?.pasted).toBe('pasted text');
  });

  it('is cleared when there is nothing left to keep', async () => {
    const store = memoryStore();
    await writeWork('text', null, store);
    await writeWork('  ', null, store);
    expect(store.data.has(DRAFT_KEY)).toBe(false);
  });

  it('reads a damaged autosave as none, without throwing', async () => {
    const store = memoryStore();
    store.data.set(DRAFT_KEY, { pasted: 3, review: 'x' });
    expect(await readWork(store)).toEqual({ ok: true, value: null });
  });

  it('reports a store that fails instead of throwing', async () => {
    const fail = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    const store: KeyValueStore = { get: fail, set: fail, del: fail };
    expect(await writeWork('text', null, store)).toMatchObject({ ok: false, failure: 'quota' });
    expect(await readWork(store)).toMatchObject({ ok: false, failure: 'quota' });
  });
});
