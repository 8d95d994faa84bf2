/**
 * Starts the ingest worker as a file next to the bundle (the normal build and the dev
 * server). The single-file build swaps this module for `spawnWorkerInline.ts`
 * (see `vite.single.config.ts`), since a `file://` page cannot start a worker from a file.
 */
export function spawnWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'atlas-ingest',
  });
}
