/**
 * Starts the ingest worker from code inlined in the bundle (a `blob:` URL, which the
 * single-file build's Content-Security-Policy allows as `worker-src`), the way the
 * MapLibre worker is inlined there. Used only by `npm run build:single`.
 */
import InlineWorker from './worker.ts?worker&inline';

export function spawnWorker(): Worker {
  return new InlineWorker({ name: 'atlas-ingest' });
}
