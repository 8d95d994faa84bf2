/**
 * The local articles of this page: those kept in this browser (IndexedDB), those carried
 * inside an offline copy (a JSON block the copy was saved with), and the draft being
 * previewed. {@link withLocalIndex} is where they join the loaded atlas, the one call
 * `app/start.ts` makes right after loading; saving, removing and previewing rebuild the
 * atlas from the same loaded one, so the map and panel show it at once. Their summaries,
 * quotes and texts are served by the detail API from memory, before the atlas's own.
 */
import { buildIndex, type AtlasIndex } from '../domain/atlasIndex';
import { LocalArticleSchema, withLocalArticles, type LocalArticle } from '../domain/localArticles';
import { installDetailSources } from '../io/detail/registry';
import { memorySource } from '../io/detail/sources';
import type { LoadedAtlas } from '../io/loadAtlas';
import { CARRIED_BLOCK_ID } from '../io/offlineCopy';
import { markKept } from './keptMark';
import { useAtlasStore } from '../state/store';
import { z } from '../domain/zod';
import {
  attempt,
  indexedDbStore,
  type KeyValueStore,
  type StoreFailure,
  type Stored,
} from './localStore';

/** The store key of the kept articles (a list). */
export const ARTICLES_KEY = 'articles';

interface Held {
  /** The atlas as loaded, without local articles, and its index once built. */
  base: { loaded: Pick<LoadedAtlas, 'atlas' | 'detail'>; index: AtlasIndex | null } | null;
  kept: LocalArticle[];
  /** Entries of the store that did not parse: written back untouched, never dropped. */
  unreadable: unknown[];
  carried: LocalArticle[];
  preview: LocalArticle | null;
  /** Why the kept articles could not be read at start, or null. */
  readFailure: StoreFailure | null;
}

const held: Held = {
  base: null,
  kept: [],
  unreadable: [],
  carried: [],
  preview: null,
  readFailure: null,
};

/**
 * How reading the browser store went at start: why it failed, and how many saved entries
 * could not be parsed (kept as they are). The authoring view says so; the map is quiet.
 */
export function storeStatus(): { failure: StoreFailure | null; unreadable: number } {
  return { failure: held.readFailure, unreadable: held.unreadable.length };
}

/** The articles kept in this browser, as last read or saved. */
export function keptArticles(): readonly LocalArticle[] {
  return held.kept;
}

/** Ids of the atlas's own articles (as loaded, without local ones): a new article may not take them. */
export function shippedArticleIds(): ReadonlySet<string> {
  return new Set(held.base?.loaded.atlas.articles.map((a) => a.id) ?? []);
}

function parseList(value: unknown): { articles: LocalArticle[]; unreadable: unknown[] } {
  const list = z.array(z.unknown()).safeParse(value ?? []);
  const entries = list.success ? list.data : [value];
  const articles: LocalArticle[] = [];
  const unreadable: unknown[] = [];
  for (const entry of entries) {
    const parsed = LocalArticleSchema.safeParse(entry);
    if (parsed.success) articles.push(parsed.data);
    else unreadable.push(entry);
  }
  return { articles, unreadable };
}

function carriedInPage(): LocalArticle[] {
  const text = typeof document === 'undefined' ? null : document.getElementById(CARRIED_BLOCK_ID);
  if (!text?.textContent) return [];
  try {
    return parseList(JSON.parse(text.textContent)).articles;
  } catch {
    return [];
  }
}

/**
 * Reads the kept articles and those carried in the page. Never rejects: a store that
 * fails leaves the kept list empty (see {@link storeStatus}); the atlas loads regardless.
 */
export async function readLocalArticles(store: KeyValueStore = indexedDbStore): Promise<void> {
  held.carried = carriedInPage();
  const read = await attempt((s) => s.get(ARTICLES_KEY), store);
  held.readFailure = read.ok ? null : read.failure;
  const { articles, unreadable } = read.ok
    ? parseList(read.value)
    : { articles: [], unreadable: [] };
  held.kept = articles;
  held.unreadable = unreadable;
  if (read.ok) markKept(articles.length);
}

/** The local articles by id, later ones winning: carried by this copy, kept here, the preview. */
function latest(lists: readonly (readonly LocalArticle[])[]): LocalArticle[] {
  const byId = new Map<string, LocalArticle>();
  for (const a of lists.flat()) byId.set(a.annotation.id, a);
  return [...byId.values()];
}

function all(): LocalArticle[] {
  return latest([held.carried, held.kept, held.preview ? [held.preview] : []]);
}

function rebuild(base: NonNullable<Held['base']>): AtlasIndex {
  const locals = all();
  const joined = withLocalArticles(base.loaded.atlas, locals);
  installDetailSources([memorySource(joined.details, joined.texts), base.loaded.detail]);
  const store = useAtlasStore.getState();
  store.setLocalArticles({
    ids: new Set(locals.map((a) => a.annotation.id)),
    removable: new Set(held.kept.map((a) => a.annotation.id)),
    preview: held.preview?.annotation.id ?? null,
    saved: latest([held.carried, held.kept]),
    remove: (id) => {
      void removeArticle(id).then((removed) => {
        if (!removed.ok) store.notify('authorRemoveFailed', { detail: removed.detail });
      });
    },
  });
  if (locals.length > 0) return buildIndex(joined.atlas);
  base.index ??= buildIndex(base.loaded.atlas);
  return base.index;
}

/**
 * The index of the loaded atlas with the local articles added, their detail installed
 * before the atlas's own: called once, right after the atlas is loaded. Remembers
 * `loaded` so later changes rebuild from it.
 */
export function withLocalIndex(loaded: Pick<LoadedAtlas, 'atlas' | 'detail'>): AtlasIndex {
  held.base = { loaded, index: null };
  return rebuild(held.base);
}

function publish(): void {
  const { base } = held;
  const store = useAtlasStore.getState();
  if (base === null || store.load.status !== 'ready') return;
  store.setLoad({ status: 'ready', index: rebuild(base) });
}

async function writeKept(next: LocalArticle[], store: KeyValueStore): Promise<Stored<void>> {
  const written = await attempt((s) => s.set(ARTICLES_KEY, [...next, ...held.unreadable]), store);
  if (written.ok) {
    held.kept = next;
    markKept(next.length);
    publish();
  }
  return written;
}

/**
 * Keeps an article in this browser (replacing one of the same id) and adds it to the
 * atlas. On failure nothing changes: the caller still holds the article.
 */
export function keepArticle(
  article: LocalArticle,
  store: KeyValueStore = indexedDbStore,
): Promise<Stored<void>> {
  const others = held.kept.filter((a) => a.annotation.id !== article.annotation.id);
  return writeKept([...others, article], store);
}

/** Removes a kept article from this browser and from the atlas. */
export function removeArticle(
  id: string,
  store: KeyValueStore = indexedDbStore,
): Promise<Stored<void>> {
  return writeKept(
    held.kept.filter((a) => a.annotation.id !== id),
    store,
  );
}

/** Shows `article` on the map and in the panel as a preview (not saved), or ends the preview. */
export function setPreview(article: LocalArticle | null): void {
  held.preview = article;
  publish();
}
