/**
 * Shared Playwright fixtures: every test fails on a console error or on a
 * request to any origin other than the local preview server.
 */
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export { expect };

interface Guards {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Origins requests may go to: the preview server, plus any a test serves itself on this machine. */
  allowedOrigins: string[];
}

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const guards: Guards = { consoleErrors: [], foreignRequests: [], allowedOrigins: [origin] };
      page.on('console', (m) => {
        if (m.type() === 'error') guards.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => guards.consoleErrors.push(String(e)));
      page.on('request', (r) => {
        const url = r.url();
        const local = guards.allowedOrigins.some((o) => url.startsWith(o));
        if (!local && !/^(data|blob):/.test(url)) guards.foreignRequests.push(url);
      });
      await use(guards);
      expect(guards.foreignRequests, 'requests left the machine').toEqual([]);
      expect(guards.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Lets console errors matching `pattern` pass (e.g. the browser's own log of a 404 a test asked for). */
export function allowConsoleErrors(guards: Guards, pattern: RegExp): void {
  const kept = guards.consoleErrors.filter((m) => !pattern.test(m));
  guards.consoleErrors.splice(0, guards.consoleErrors.length, ...kept);
}

/**
 * Waits for `window.atlas.ready` after a navigation. The built page asks for the app's code
 * only after its baked map has painted, so `window.atlas` may not exist yet: wait for it first.
 * Then for the baked picture to go: where the live map keeps it as its own first frame, the
 * map's own elements (what the tests click and count) come at the first idle moment.
 */
export async function atlasReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.atlas !== undefined);
  await page.evaluate(() => window.atlas?.ready);
  await expect(page.locator('#atlas-first-frame')).toHaveCount(0);
}

/** `window.atlas.exportImage(options)` in the page, brought out as its type and bytes. */
export async function exportedImage(
  page: Page,
  options: object,
): Promise<{ type: string; bytes: Buffer }> {
  const file = await page.evaluate(async (o) => {
    const blob = await window.atlas?.exportImage(o);
    if (!blob) throw new Error('no blob');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return { type: blob.type, base64: btoa(text) };
  }, options);
  return { type: file.type, bytes: Buffer.from(file.base64, 'base64') };
}

/** Opens the atlas at a query string and waits for `window.atlas.ready`. */
export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await atlasReady(page);
}

/** Number of distinct colours in a PNG (a blank canvas has one or two). */
export function distinctColours(png: Buffer): number {
  const { data } = PNG.sync.read(png);
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i += 4 * 7) {
    seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
  }
  return seen.size;
}

/** When the map's first frame was painted and when the map became interactive (ms), or null. */
export function mapMarks(page: Page) {
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return { paint: at('atlas:first-map-paint'), interactive: at('atlas:interactive-map') };
  });
}

/** Clicks a region where `window.atlas.screenPoint` says its marker is. */
export async function clickRegion(page: Page, id: string): Promise<void> {
  const at = () => page.evaluate((region) => window.atlas?.screenPoint(region) ?? null, id);
  // The map may still be drawing what the last click broke out (MapLibre tiles in a worker).
  await expect.poll(at, { message: `screen point of ${id}` }).not.toBeNull();
  const point = await at();
  if (point) await page.mouse.click(point.x, point.y);
}

/**
 * Moves the camera (zoom in, then out, with the map's buttons: it ends where it started) and
 * waits until MapLibre, which the first move starts, has taken over from the SVG map.
 */
export async function handOverToWebgl(page: Page): Promise<void> {
  for (const name of [/^(放大|Zoom in)$/, /^(缩小|Zoom out)$/])
    await page.getByRole('button', { name }).click();
  await waitForWebgl(page);
}

/** Waits until MapLibre, started by a move of the camera, has taken over from the SVG map. */
export async function waitForWebgl(page: Page | Frame): Promise<void> {
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  await expect(page.locator('.svgmap')).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => window.atlas?.mapSnapshot()?.renderer)).toBe('webgl');
}

/** Share of pixels whose colour differs by more than `tolerance` in any channel. */
export function differingShare(a: Buffer, b: Buffer, tolerance = 48): number {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  expect([pa.width, pa.height]).toEqual([pb.width, pb.height]);
  let differing = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const d = Math.max(
      Math.abs((pa.data[i] ?? 0) - (pb.data[i] ?? 0)),
      Math.abs((pa.data[i + 1] ?? 0) - (pb.data[i + 1] ?? 0)),
      Math.abs((pa.data[i + 2] ?? 0) - (pb.data[i + 2] ?? 0)),
    );
    if (d > tolerance) differing++;
  }
  return differing / (pa.width * pa.height);
}
