import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { LABEL_FONT_PATH } from './scripts/prerender/render.js';
import { prerenderPlugin } from './scripts/prerender/plugin.js';

// The first frame's label font, inline like every other file of the single page.
const labelFont = () =>
  `data:font/woff2;base64,${readFileSync(`public/${LABEL_FONT_PATH}`).toString('base64')}`;

/**
 * The single-file build (`npm run build:single`): one JS chunk (dynamic imports
 * inlined), one stylesheet, and every asset as a `data:` URL, including the
 * MapLibre worker, which MapLibre turns into a worker from a `file://` page, and the
 * ingest worker (`src/ingest/spawnWorkerInline.ts`).
 * `scripts/buildSingle.ts` then inlines the code, styles and data into one HTML file.
 */
export default defineConfig({
  plugins: [react(), prerenderPlugin({ publicDir: 'public', fontUrl: labelFont })],
  // The ingest worker comes inline too (a file:// page cannot start a worker from a file).
  resolve: {
    alias: [{ find: /^\.\/spawnWorker$/, replacement: './spawnWorkerInline' }],
  },
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: '.tmp/single-build',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    modulePreload: false,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
