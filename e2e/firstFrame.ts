import type { Page, Route } from '@playwright/test';

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
