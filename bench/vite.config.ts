/**
 * The benchmark's own pages (no app code), built by `npm run bench` into
 * `dist/bench/` next to the app so `vite preview` serves both from one origin.
 * Add a peer page here as one more entry of `PAGES`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Page name → HTML entry, relative to `bench/`. */
export const PAGES: Readonly<Record<string, string>> = {
  baseline: 'baseline.html',
  floor: 'floor.html',
  echarts: 'peers/echarts.html',
};

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: Object.fromEntries(
        Object.entries(PAGES).map(([name, file]) => [
          name,
          fileURLToPath(new URL(file, import.meta.url)),
        ]),
      ),
    },
  },
});
