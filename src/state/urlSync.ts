/**
 * Binds the store to the page URL: applies the URL once the atlas is loaded,
 * pushes a history entry per selection change, replaces it for filter and
 * language changes, and re-applies the URL on back/forward.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { parseQuery, serializeQuery, type UrlState } from './url';
import { browserLang, useAtlasStore } from './store';

/** Applies a query string to the store, reporting dropped parameters as notices. */
export function applyUrl(index: AtlasIndex, search: string): void {
  const { state, dropped } = parseQuery(search, index);
  const store = useAtlasStore.getState();
  store.setFilters(state.filters);
  store.select(state.selection);
  store.setLang(state.lang ?? browserLang());
  for (const d of dropped) store.notify('droppedParam', { name: d.name, value: d.value });
}

/** The URL-relevant part of the store right now. */
export function currentUrlState(): UrlState {
  const { selection, filters, lang } = useAtlasStore.getState();
  return { selection, filters, lang };
}

/** Starts the binding; returns a function that stops it. */
export function startUrlSync(index: AtlasIndex): () => void {
  applyUrl(index, window.location.search);
  const write = (push: boolean) => {
    const search = serializeQuery(currentUrlState(), window.location.search, browserLang());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  const unsubscribe = useAtlasStore.subscribe((now, before) => {
    if (now.selection !== before.selection) write(true);
    else if (now.filters !== before.filters || now.lang !== before.lang) write(false);
  });
  write(false);
  const onPop = () => applyUrl(index, window.location.search);
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
