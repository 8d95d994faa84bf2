/**
 * Helpers of `deck-html.spec.ts`: the build served on a second origin (the
 * deck's), the atlas frames of a deck, and clicks mapped through reveal.js's
 * scaling transform.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, type Frame, type Page } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves `root` on `localhost` (another origin than the atlas's `127.0.0.1`); extra files first. */
export async function staticServer(
  root: string,
  extra: Record<string, string> = {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(root, path));
    const body =
      extra[path] ??
      (file.startsWith(root) && existsSync(file) && statSync(file).isFile()
        ? readFileSync(file)
        : null);
    if (body === null) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': `${TYPES[extname(path)] ?? 'text/plain'}; charset=utf-8`,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://localhost:${port}` };
}

/** The atlas frame whose URL matches, once its atlas is ready. */
export async function readyFrame(page: Page, url: RegExp): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => url.test(f.url()))) !== undefined, {
      timeout: 60_000,
    })
    .toBe(true);
  if (!frame) throw new Error(`no frame ${url}`);
  await frame.waitForFunction(() => window.atlas !== undefined, null, { timeout: 120_000 });
  await frame.evaluate(() => window.atlas?.ready);
  return frame;
}

/** The atlas's step, and the deck's slide (reveal.js's horizontal index). */
export async function where(page: Page, frame: Frame): Promise<[number | null, number]> {
  const step = await frame.evaluate(() => window.atlas?.getState().step ?? null);
  const slide = await page.evaluate(() => window.Reveal?.getIndices().h ?? -1);
  return [step, slide];
}

/** Page coordinates of a region on an atlas inside a slide that reveal.js scales. */
export async function regionOnSlide(
  page: Page,
  frame: Frame,
  iframe: string,
  region: string,
): Promise<{ x: number; y: number; scale: number }> {
  const point = await frame.evaluate((id) => window.atlas?.screenPoint(id) ?? null, region);
  expect(point, `screen point of ${region}`).not.toBeNull();
  const box = await page.locator(iframe).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const s = r.width / (el instanceof HTMLElement ? el.offsetWidth : r.width);
    return { x: r.left + el.clientLeft * s, y: r.top + el.clientTop * s, s };
  });
  return { x: box.x + (point?.x ?? 0) * box.s, y: box.y + (point?.y ?? 0) * box.s, scale: box.s };
}

declare global {
  interface Window {
    Reveal?: { getIndices(): { h: number; v: number; f?: number }; getScale(): number };
  }
}
