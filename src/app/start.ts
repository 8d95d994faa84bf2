/** Loads the atlas, binds the URL and installs `window.atlas`. Safe to call again to retry. */
import { loadAtlas } from '../io/loadAtlas';
import { useAtlasStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';
import { installAutomation } from './automation';

let stopUrlSync: (() => void) | null = null;

/** Starts (or retries) loading; errors end up in the store as a message for the user. */
export async function startApp(): Promise<void> {
  const store = useAtlasStore.getState();
  installAutomation();
  store.setLoad({ status: 'loading' });
  try {
    const index = await loadAtlas();
    stopUrlSync?.();
    stopUrlSync = startUrlSync(index);
    store.setLoad({ status: 'ready', index });
  } catch (error) {
    store.setLoad({
      status: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
