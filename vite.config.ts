import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/csp.js';
import { devSavePlugin } from './scripts/devSave.js';
import { prerenderPlugin } from './scripts/prerender/plugin.js';
import { revealAssetsPlugin } from './scripts/revealAssets.js';

export default defineConfig({
  // The first frame is baked before the policy hashes its inline script and style;
  // devSavePlugin: `npm run dev` only, the authoring view's "write into data/".
  plugins: [
    react(),
    prerenderPlugin({ deferApp: true }),
    cspPlugin(),
    revealAssetsPlugin(),
    devSavePlugin(),
  ],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
