/**
 * Binds the store to the page URL: applies the URL once the atlas is loaded,
 * pushes a history entry per selection change, replaces it for filter and
 * language changes, and re-applies the URL on back/forward.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { parseEmbedParams, parseQuery, serializeQuery, type UrlState } from './url';
import { browserLang, useAtlasStore } from './store';

/** Applies a query string to the store, reporting dropped parameters as notices. */
export function applyUrl(index: AtlasIndex, search: string): void {
  const { state, dropped } = parseQuery(search, index);
  const store = useAtlasStore.getState();
  // One update, so the URL writer sees the whole new state at once (no half-applied entries).
  useAtlasStore.setState({
    filters: state.filters,
    selection: state.selection,
    article: null,
    lang: state.lang ?? browserLang(),
    theme: state.theme ?? 'light',
    step: state.step ?? null,
    story: state.story ?? null,
    exploreView: state.view ?? 'map',
    authoring: state.author ?? false,
    ...(state.compare?.join() === store.compare.join() ? {} : { compare: state.compare ?? [] }),
  });
  for (const d of dropped) store.notify('droppedParam', { name: d.name, value: d.value });
}

/** The URL-relevant part of the store right now. */
export function currentUrlState(): UrlState {
  const { selection, filters, lang, theme, step, story, exploreView, compare, authoring } =
    useAtlasStore.getState();
  return {
    selection,
    filters,
    lang,
    theme,
    step,
    story,
    view: exploreView,
    compare,
    author: authoring,
  };
}

/** Starts the binding; returns a function that stops it. */
export function startUrlSync(index: AtlasIndex): () => void {
  const embed = parseEmbedParams(window.location.search);
  useAtlasStore.getState().setEmbed(embed.options);
  for (const d of embed.dropped) {
    useAtlasStore.getState().notify('droppedParam', { name: d.name, value: d.value });
  }
  applyUrl(index, window.location.search);
  const write = (push: boolean) => {
    const search = serializeQuery(currentUrlState(), window.location.search, browserLang());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  const unsubscribe = useAtlasStore.subscribe((now, before) => {
    // Opening and closing the authoring view are history entries too: Back closes it.
    if (
      now.selection !== before.selection ||
      now.step !== before.step ||
      now.authoring !== before.authoring
    )
      write(true);
    else if (
      now.filters !== before.filters ||
      now.lang !== before.lang ||
      now.theme !== before.theme ||
      now.story !== before.story ||
      now.exploreView !== before.exploreView ||
      now.compare !== before.compare
    )
      write(false);
  });
  write(false);
  const onPop = () => applyUrl(index, window.location.search);
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
