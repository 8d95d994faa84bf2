/**
 * Starts the app: loads the atlas, joins the articles kept in this browser, builds
 * the index, installs the detail sources, binds the URL and installs `window.atlas`.
 * Safe to call again to retry. Each step is named below so it can be found and
 * extended: articles kept in the browser join at {@link joinLocalArticles}.
 */
import { buildIndex } from '../domain/atlasIndex';
import type { Atlas } from '../domain/schema';
import { joinArticles, type ArticleBundle } from '../domain/split';
import { installDetailSources } from '../io/detail/registry';
import { memorySource, type DetailSource } from '../io/detail/sources';
import { ATLAS_URL, dataParamUrl, loadAtlas, type AtlasRequest } from '../io/loadAtlas';
import { problemOf } from '../io/problems';
import { useAtlasStore } from '../state/store';
import { parseLang } from '../state/url';
import { startUrlSync } from '../state/urlSync';
import { installAutomation } from './automation';

let stopUrlSync: (() => void) | null = null;

/** Step 1: which file. `?data=<relative path>` names a user's atlas (e.g. the benchmark's synthetic one). */
function atlasRequest(notify: (value: string) => void): AtlasRequest {
  const data = new URLSearchParams(window.location.search).get('data');
  if (data === null) return { url: ATLAS_URL, own: true };
  const url = dataParamUrl(data, window.location.href);
  if (url === null) notify(data);
  return url === null ? { url: ATLAS_URL, own: true } : { url, own: false };
}

/**
 * Step 3: articles kept in this browser (IndexedDB) join the loaded atlas, split by
 * `splitAnnotation` into records and detail. `locals` is empty until that store exists;
 * whatever it returns goes through this one pure call, and its detail is served first.
 */
function joinLocalArticles(
  atlas: Atlas,
  locals: readonly ArticleBundle[],
): { atlas: Atlas; detail: DetailSource | null } {
  if (locals.length === 0) return { atlas, detail: null };
  return {
    atlas: joinArticles(atlas, locals),
    detail: memorySource(locals.map((l) => l.detail)),
  };
}

/** Starts (or retries) loading; a failure ends up in the store as a structured problem. */
export async function startApp(): Promise<void> {
  const store = useAtlasStore.getState();
  // The language first: a load that fails is explained in the language the URL asks for.
  const lang = parseLang(new URLSearchParams(window.location.search));
  if (lang) store.setLang(lang);
  store.setLoad({ status: 'loading' });
  installAutomation();
  try {
    // Step 2: load and accept the records (hash or validation), with their detail source.
    const loaded = await loadAtlas(
      atlasRequest((value) => store.notify('droppedParam', { name: 'data', value })),
    );
    const joined = joinLocalArticles(loaded.atlas, []);
    // Step 4: the index every view derives from, and the detail every view asks for.
    const index = buildIndex(joined.atlas);
    installDetailSources(joined.detail ? [joined.detail, loaded.detail] : [loaded.detail]);
    // Step 5: the URL, then the views.
    stopUrlSync?.();
    stopUrlSync = startUrlSync(index);
    store.setLoad({ status: 'ready', index });
  } catch (error) {
    store.setLoad({ status: 'error', problem: problemOf(error) });
  }
}
