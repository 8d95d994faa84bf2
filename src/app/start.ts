/** Loads the atlas, binds the URL and installs `window.atlas`. Safe to call again to retry. */
import { readLocalArticles, withLocalIndex } from '../author/localArticles';
import { ATLAS_URL, dataParamUrl, loadAtlas } from '../io/loadAtlas';
import { useAtlasStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';
import { dismissFirstFrame } from '../svgmap/firstFrame';
import { installAutomation } from './automation';

let stopUrlSync: (() => void) | null = null;

// `?data=<relative path>` loads another atlas file (e.g. the benchmark's synthetic one).
function atlasUrl(notify: (value: string) => void): string {
  const data = new URLSearchParams(window.location.search).get('data');
  if (data === null) return ATLAS_URL;
  const url = dataParamUrl(data, window.location.href);
  if (url === null) notify(data);
  return url ?? ATLAS_URL;
}

/** Starts (or retries) loading; errors end up in the store as a message for the user. */
export async function startApp(): Promise<void> {
  const store = useAtlasStore.getState();
  store.setLoad({ status: 'loading' });
  installAutomation();
  try {
    const [loaded] = await Promise.all([
      loadAtlas(atlasUrl((value) => store.notify('droppedParam', { name: 'data', value }))),
      readLocalArticles(),
    ]);
    // The one place local articles (kept in this browser, or carried by an offline copy) join the atlas.
    const index = withLocalIndex(loaded);
    stopUrlSync?.();
    stopUrlSync = startUrlSync(index);
    store.setLoad({ status: 'ready', index });
  } catch (error) {
    // The page's baked map goes with the atlas that failed: the message alone takes its place.
    dismissFirstFrame();
    store.setLoad({
      status: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
