/**
 * The offline single file in end-to-end tests: built when stale, and opened with every
 * request off the machine blocked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Where `npm run build:single` writes the offline atlas. */
export const SINGLE = 'dist-single/atlas.html';

/** Builds the single file unless it is newer than both the data and the app build under test. */
export function ensureSingleFile(dist = 'dist'): string {
  const newer = (path: string) =>
    existsSync(path) && statSync(path).mtimeMs > statSync(SINGLE).mtimeMs;
  const stale =
    !existsSync(SINGLE) || newer('public/data/atlas.json') || newer(`${dist}/index.html`);
  if (stale) execFileSync('npx', ['tsx', 'scripts/buildSingle.ts'], { stdio: 'inherit' });
  return SINGLE;
}

/**
 * Lets `file:`, `data:` and `blob:` requests through and aborts every other one; returns the
 * list the aborted URLs are collected in (a test expects it empty).
 */
export async function blockNetwork(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return blocked;
}
