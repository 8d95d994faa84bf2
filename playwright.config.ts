import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// E2E_PORT / E2E_DIST let several builds be tested side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

/** End-to-end tests run the built app (`vite preview`) in Debian's Chromium: no browser download. */
export default defineConfig({
  testDir: 'e2e',
  // WebGL runs on SwiftShader (CPU) here: one map start takes seconds on 2 cores,
  // so the per-test budget is generous; globalTimeout bounds the whole run for CI.
  timeout: 180_000,
  globalTimeout: 45 * 60_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: 2,
  // One retry everywhere (.ci/run does not set CI): a retried pass is still reported as flaky.
  retries: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 720 },
    locale: 'zh-CN',
    reducedMotion: 'reduce',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
  webServer: {
    command: `npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
