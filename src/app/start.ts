/**
 * Starts the app: loads the atlas (its records trusted by their hash or validated in the
 * worker), joins the articles kept in this browser, builds the index, installs the detail
 * sources, binds the URL and installs `window.atlas`. Safe to call again to retry.
 */
import { readLocalArticles, withLocalIndex } from '../author/localArticles';
import { adoptColumns } from '../domain/recordColumns';
import { ATLAS_URL, DATA_PARAM } from '../io/atlasUrl';
import { dataParamUrl, loadAtlas, type AtlasRequest } from '../io/loadAtlas';
import { problemOf } from '../io/problems';
import { useAtlasStore } from '../state/store';
import { parseLang } from '../state/url';
import { startUrlSync } from '../state/urlSync';
import { dismissFirstFrame } from '../svgmap/firstFrame';
import { installAutomation } from './automation';

let stopUrlSync: (() => void) | null = null;

/** Which file. `?data=<relative path>` names a user's atlas (e.g. the benchmark's synthetic one). */
function atlasRequest(notify: (value: string) => void): AtlasRequest {
  const data = new URLSearchParams(window.location.search).get(DATA_PARAM);
  if (data === null) return { url: ATLAS_URL, own: true };
  const url = dataParamUrl(data, window.location.href);
  if (url === null) notify(data);
  return url === null ? { url: ATLAS_URL, own: true } : { url, own: false };
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
    const [loaded] = await Promise.all([
      loadAtlas(atlasRequest((value) => store.notify('droppedParam', { name: DATA_PARAM, value }))),
      readLocalArticles(),
    ]);
    // The one place local articles (kept in this browser, or carried by an offline copy)
    // join the atlas; it installs the detail sources too (theirs first).
    const index = withLocalIndex(loaded);
    // The worker's columns serve this index once they arrive, if it has the same records
    // (no local articles joined) and no filtered view has built them here first. The
    // first, unfiltered view needs none: nothing waits for them.
    void loaded.columns.then((columns) => adoptColumns(index, columns));
    stopUrlSync?.();
    stopUrlSync = startUrlSync(index);
    store.setLoad({ status: 'ready', index });
  } catch (error) {
    // The page's baked map goes with the atlas that failed: the message alone takes its place.
    dismissFirstFrame();
    store.setLoad({ status: 'error', problem: problemOf(error) });
  }
}
