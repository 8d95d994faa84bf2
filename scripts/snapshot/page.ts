/**
 * The built atlas in the system Chromium, for the batch commands (`npm run
 * snapshot`, `npm run deck`): builds `dist/` when it is missing or older than
 * the sources, serves it with `vite preview` on a free local port, opens the
 * view of a query string and waits for `window.atlas.ready`.
 */
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import type { ExportImageOptions } from '../../src/app/automation';
import type { DeckOptions } from '../../src/export/deck/options';
import { buildIsStale, freePort } from './args';

/** Runs `work` on a page showing the view of `query`, then closes the browser and the server. */
export async function withAtlasPage<T>(
  dist: string,
  query: string,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  if (buildIsStale(process.cwd(), dist)) {
    console.log(`building ${dist}/ …`);
    await build({ logLevel: 'warn', build: { outDir: dist } });
  }
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    const search = query === '' || query.startsWith('?') ? query : `?${query}`;
    await page.goto(`http://127.0.0.1:${port}/${search}`, { timeout: 120_000 });
    await page.waitForFunction(() => window.atlas !== undefined, null, { timeout: 120_000 });
    await page.evaluate(() => window.atlas?.ready);
    return await work(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What a batch command asks the page for: a PNG (`exportImage`) or a deck (`exportDeck`). */
export type PageExport =
  | { readonly kind: 'image'; readonly options: ExportImageOptions }
  | { readonly kind: 'deck'; readonly options: DeckOptions };

/** The file bytes of `window.atlas.exportImage` or `exportDeck` on `page`. */
export async function exportFromPage(page: Page, request: PageExport): Promise<Buffer> {
  const base64 = await page.evaluate(async (r) => {
    const api = window.atlas;
    if (!api) throw new Error('window.atlas is missing');
    const blob =
      r.kind === 'image' ? await api.exportImage(r.options) : await api.exportDeck(r.options);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(text);
  }, request);
  return Buffer.from(base64, 'base64');
}
