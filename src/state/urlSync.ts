/**
 * Binds the store to the page URL: applies the URL once the atlas is loaded,
 * pushes a history entry per selection change (replaces it when embedded, so
 * Back in the host page's tab moves the host, not the atlas), replaces it for
 * filter and language changes, and re-applies the URL on back/forward.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { sameFilters } from '../domain/filters';
import { sameSelection } from '../domain/selection';
import {
  OWN_PARAMS,
  parseEmbedParams,
  parseQuery,
  serializeQuery,
  type DroppedParam,
  type UrlState,
} from './url';
import { browserLang, useAtlasStore } from './store';

/** What happens to parameters that were dropped: by default, a notice on screen. */
export type DroppedReport = (dropped: readonly DroppedParam[]) => void;

const notifyDropped: DroppedReport = (dropped) => {
  const store = useAtlasStore.getState();
  for (const d of dropped) {
    // `origins=null` is what a file:// deck would try: name the way that works.
    if (d.name === 'origins' && d.value.trim() === 'null') store.notify('embedOriginsNull');
    else store.notify('droppedParam', { name: d.name, value: d.value });
  }
};

/** Applies a query string to the store; dropped parameters go to `report` (notices by default). */
export function applyUrl(index: AtlasIndex, search: string, report = notifyDropped): void {
  const { state, dropped } = parseQuery(search, index);
  const store = useAtlasStore.getState();
  // One update, so the URL writer sees the whole new state at once (no half-applied entries).
  // Unchanged filters and selection keep their objects, so nothing derived from them is redone.
  useAtlasStore.setState({
    filters: sameFilters(store.filters, state.filters) ? store.filters : state.filters,
    selection: sameSelection(store.selection, state.selection) ? store.selection : state.selection,
    article: null,
    lang: state.lang ?? browserLang(),
    theme: state.theme ?? 'light',
    step: state.step ?? null,
    story: state.story ?? null,
    exploreView: state.view ?? 'map',
    authoring: state.author ?? false,
    ...(state.compare?.join() === store.compare.join() ? {} : { compare: state.compare ?? [] }),
  });
  if (dropped.length > 0) report(dropped);
}

/** URL-style values for some of the URL's own parameters; null or '' clears one. */
export type PartialQuery = Partial<
  Record<(typeof OWN_PARAMS)[number], string | number | readonly string[] | null>
>;

/**
 * Applies some parameters over the current state (`window.atlas.setState`,
 * `atlas:set`), validated like the URL: a region replaces a pair and back.
 */
export function applyPartial(index: AtlasIndex, partial: PartialQuery, report = notifyDropped) {
  const { lang } = useAtlasStore.getState();
  // Serialised against the other language, so the current one is always written out.
  const params = new URLSearchParams(
    serializeQuery(currentUrlState(), '', lang === 'zh' ? 'en' : 'zh'),
  );
  for (const name of OWN_PARAMS) {
    if (!(name in partial)) continue;
    const value = partial[name];
    params.delete(name);
    // One selection at a time: setting one kind clears the others.
    if (value && (name === 'region' || name === 'pair' || name === 'flow')) {
      for (const other of ['region', 'pair', 'flow']) if (other !== name) params.delete(other);
    }
    if (typeof value === 'number') params.set(name, String(value));
    else if (typeof value === 'string' && value.length > 0) params.set(name, value);
    else if (Array.isArray(value) && value.length > 0) params.set(name, value.join(','));
  }
  applyUrl(index, params.toString(), report);
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
  notifyDropped(embed.dropped);
  applyUrl(index, window.location.search);
  const write = (push: boolean) => {
    const search = serializeQuery(currentUrlState(), window.location.search, browserLang());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // An iframe's entries are the whole tab's: an embedded atlas never adds one.
    if (push && !useAtlasStore.getState().embed.embed) window.history.pushState(null, '', url);
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
