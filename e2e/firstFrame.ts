import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page, Route } from '@playwright/test';

/** The baked first frame as the e2e tests find it (`scripts/prerender/`, `src/svgmap/firstFrame.ts`). */
export const FRAME = '#atlas-first-frame';
/** The picture on screen: the build writes one per map size and CSS shows the one that fits. */
export const SHOWN = `${FRAME} .ff-v:visible`;

/**
 * Holds `data/atlas.json` until the returned `release()` is called: the page then stays on its
 * own first frame, as on a slow connection.
 */
export async function holdAtlas(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/atlas.json', async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Opens an offline atlas from file:// at its start view; whether its first frame showed only the
 * geography (`<html>` marked bare by the head script) before the app drew.
 */
export async function openedBare(context: BrowserContext, path: string): Promise<boolean> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { htmlClasses: seen });
    new MutationObserver(() => seen.push(document.documentElement.className)).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  });
  await page.goto(pathToFileURL(path).href);
  await page.waitForFunction(() => window.atlas !== undefined, null, { timeout: 120_000 });
  await page.evaluate(() => window.atlas?.ready);
  const seen = await page.evaluate(() =>
    'htmlClasses' in window && Array.isArray(window.htmlClasses) ? window.htmlClasses : [],
  );
  await page.close();
  return seen.some((c) => String(c).split(' ').includes('atlas-ff--bare'));
}
