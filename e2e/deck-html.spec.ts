/**
 * The atlas in an HTML slide deck (issue 18, item 3): the example reveal.js
 * deck of the build (`deck-example.html`) served on a second origin
 * (`localhost`), driving the atlas on the preview server (`127.0.0.1`), and
 * from `file://` with the offline single file.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, waitForWebgl } from './fixtures';
import { blockNetwork, ensureSingleFile } from './offline';
import { readyFrame, regionOnSlide, staticServer, where } from './deck-html.helpers';

const DIST = resolve(process.cwd(), process.env.E2E_DIST ?? 'dist');
const STORY_STEPS = 10;

/** A bare host page: the atlas in an iframe, and a log of what it says (`window.heard`). */
const RAW_HOST = `<!doctype html><html><body>
<iframe id="atlas" style="width:960px;height:540px;border:0"></iframe>
<script>
  window.heard = [];
  addEventListener('message', (e) => { if (e.data && e.data.type) heard.push(e.data); });
  const atlas = new URLSearchParams(location.search).get('atlas');
  document.getElementById('atlas').src = atlas + '?embed=1&origins=' + location.origin;
</script></body></html>`;

let deck: { server: Server; origin: string };
test.beforeAll(async () => {
  deck = await staticServer(DIST, { '/raw-host.html': RAW_HOST });
});
test.afterAll(async () => {
  await new Promise((resolve) => deck.server.close(resolve));
});
test.beforeEach(({ guards }) => {
  guards.allowedOrigins.push(deck.origin);
});

const deckUrl = (baseURL: string | undefined, hash: string) =>
  `${deck.origin}/deck-example.html?atlas=${encodeURIComponent(baseURL ?? '')}${hash}`;

test('atlas:set sent before the atlas is ready is kept and applied; atlas:ready says so', async ({
  page,
  baseURL,
}) => {
  const gate: { open?: () => void } = {};
  const held = new Promise<void>((resolve) => (gate.open = resolve));
  await page.route('**/data/atlas.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${deck.origin}/raw-host.html?atlas=${encodeURIComponent(baseURL ?? '')}`);
  const frame = page.frameLocator('#atlas');
  // The atlas's code runs (its listener is up) while its data is still held back.
  await expect(frame.locator('.app-status[aria-busy="true"]')).toBeVisible();
  await page.evaluate(() => {
    const target = document.querySelector('iframe')?.contentWindow;
    target?.postMessage({ type: 'atlas:set', state: { region: 'aba' } }, '*');
    target?.postMessage({ type: 'atlas:set', state: { region: 'shangli', lang: 'en' } }, '*');
    target?.postMessage({ type: 'atlas:set', state: { region: 'aba', pair: 5 } }, '*');
  });
  gate.open?.();
  await expect
    .poll(() => page.evaluate(() => window.heard?.find((m) => m.type === 'atlas:ready') ?? null))
    .toMatchObject({ state: { region: 'shangli', lang: 'en' }, total: null });
  await expect(frame.locator('.embed-header h1')).toHaveText('Shangli');
  const rejected = await page.evaluate(() =>
    window.heard?.filter((m) => m.type === 'atlas:rejected'),
  );
  expect(rejected).toEqual([
    expect.objectContaining({
      reason: 'malformed',
      request: 'atlas:set',
      message: expect.stringContaining('state.pair'),
    }),
  ]);
});

test('a rejected message is answered with atlas:rejected, and nothing lands on the slide', async ({
  page,
  baseURL,
}) => {
  await page.goto(deckUrl(baseURL, '#/1'));
  const atlas = await readyFrame(page, /story=decade-of-cooperation/);
  await expect.poll(() => where(page, atlas)).toEqual([1, 1]);
  // The step on screen (its card): a step message is then checked against the story's length at
  // once, not after the presentation shows, so the answers come in the order sent.
  await expect(atlas.locator('.present-card')).toBeVisible();
  await page.evaluate(() => {
    const iframe = document.querySelector<HTMLIFrameElement>('iframe[data-atlas-story]');
    window.heard = [];
    addEventListener('message', (e) => {
      if (e.source === iframe?.contentWindow && e.data?.type === 'atlas:rejected') {
        window.heard?.push(e.data);
      }
    });
    const send = (state: object) =>
      iframe?.contentWindow?.postMessage({ type: 'atlas:set', state }, '*');
    send({ region: 'nowhere' });
    send({ step: 99 });
    send({ region: 5 });
    iframe?.contentWindow?.postMessage({ type: 'atlas:frobnicate' }, '*');
  });
  await expect.poll(() => page.evaluate(() => window.heard?.length)).toBe(4);
  const answers = await page.evaluate(() => window.heard);
  expect(answers).toEqual([
    expect.objectContaining({
      reason: 'invalid',
      dropped: [{ name: 'region', value: 'nowhere' }],
      message: expect.stringContaining('region=nowhere'),
    }),
    expect.objectContaining({ reason: 'invalid', dropped: [{ name: 'step', value: '99' }] }),
    expect.objectContaining({ reason: 'malformed' }),
    expect.objectContaining({ reason: 'unknown', request: 'atlas:frobnicate' }),
  ]);
  const frame = page.frameLocator('iframe[data-atlas-story]');
  await expect(frame.locator('.notice')).toHaveCount(0);
  // The story goes on where it was.
  await expect(frame.locator('.present-card')).toContainText(`1 / ${STORY_STEPS}`);
});

test('one clicker: PageDown walks the story, then the deck; PageUp comes back, focus never trapped', async ({
  page,
  baseURL,
}) => {
  await page.goto(deckUrl(baseURL, ''));
  await page.keyboard.press('PageDown');
  const atlas = await readyFrame(page, /story=decade-of-cooperation/);
  await expect.poll(() => where(page, atlas)).toEqual([1, 1]);
  const frame = page.frameLocator('iframe[data-atlas-story]');
  const card = frame.locator('.present-card');
  // The deck drives: the card shows where the story is, no key hint of its own.
  await expect(card).toContainText(`1 / ${STORY_STEPS}`);
  await expect(card.locator('.present-card__keys')).toHaveCount(0);
  for (let step = 2; step <= STORY_STEPS; step++) {
    // Halfway, a click inside the atlas puts the focus in the iframe: the clicker still works.
    if (step === 5) await frame.locator('.embed-header h1').click();
    await page.keyboard.press(step === 7 ? 'ArrowRight' : 'PageDown');
    await expect.poll(() => where(page, atlas)).toEqual([step, 1]);
  }
  await page.keyboard.press('PageDown');
  await expect.poll(() => where(page, atlas)).toEqual([STORY_STEPS, 2]);
  await page.keyboard.press('PageUp');
  await expect.poll(() => where(page, atlas)).toEqual([STORY_STEPS, 1]);
  await frame.locator('.embed-header h1').click();
  for (let step = STORY_STEPS - 1; step >= 1; step--) {
    await page.keyboard.press('PageUp');
    await expect.poll(() => where(page, atlas)).toEqual([step, 1]);
  }
  await page.keyboard.press('PageUp');
  await expect.poll(() => where(page, atlas)).toEqual([1, 0]);
});

test('Back in the browser changes the deck, not the atlas', async ({ page, baseURL }) => {
  await page.goto(deckUrl(baseURL, '#/3'));
  await page.keyboard.press('PageUp');
  const atlas = await readyFrame(page, /region=shangli/);
  await expect.poll(() => page.evaluate(() => window.Reveal?.getIndices().h)).toBe(2);
  const entries = await page.evaluate(() => history.length);
  for (const region of ['liuyang', 'pingxiang']) {
    const at = await regionOnSlide(page, atlas, 'iframe[data-atlas-view="region=shangli"]', region);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => atlas.evaluate(() => window.atlas?.getState().region)).toBe(region);
  }
  await page.evaluate(() =>
    document
      .querySelector<HTMLIFrameElement>('iframe[data-atlas-view="region=shangli"]')
      ?.contentWindow?.postMessage({ type: 'atlas:set', state: { region: 'changsha' } }, '*'),
  );
  await expect.poll(() => atlas.evaluate(() => window.atlas?.getState().region)).toBe('changsha');
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.goBack();
  await expect.poll(() => page.evaluate(() => window.Reveal?.getIndices().h)).toBe(3);
  expect(await atlas.evaluate(() => window.atlas?.getState().region)).toBe('changsha');
});

for (const [width, height, scale] of [
  [1920, 1080, 1.92],
  [960, 540, 0.96],
] as const) {
  test(`a click on a slide scaled by ${scale} selects the region under it; the map is drawn at that scale`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(deckUrl(baseURL, '#/2'));
    const atlas = await readyFrame(page, /region=shangli/);
    expect(await page.evaluate(() => window.Reveal?.getScale())).toBeCloseTo(scale, 2);
    const at = await regionOnSlide(
      page,
      atlas,
      'iframe[data-atlas-view="region=shangli"]',
      'liuyang',
    );
    expect(at.scale).toBeCloseTo(scale, 2);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => atlas.evaluate(() => window.atlas?.getState().region)).toBe('liuyang');
    // Sharp, not stretched: the SVG map is vector; once the camera moves and MapLibre takes
    // over, its canvas has scale × its CSS width in pixels (the deck told it).
    // (A wheel event in the frame: the frame is scaled, and a pointer's hit test on it would miss.)
    await atlas.locator('.svgmap svg').dispatchEvent('wheel', { deltaY: -150, deltaMode: 0 });
    await waitForWebgl(atlas);
    await expect
      .poll(() =>
        atlas.evaluate(() => {
          const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
          return canvas ? canvas.width / canvas.clientWidth : 0;
        }),
      )
      .toBeCloseTo(scale, 1);
  });
}

test('atlas:set brings its place into view', async ({ page, baseURL }) => {
  await page.goto(deckUrl(baseURL, '#/2'));
  const atlas = await readyFrame(page, /region=shangli/);
  await page.evaluate(() =>
    document
      .querySelector<HTMLIFrameElement>('iframe[data-atlas-view="region=shangli"]')
      ?.contentWindow?.postMessage({ type: 'atlas:set', state: { region: 'aba' } }, '*'),
  );
  await expect
    .poll(() => atlas.evaluate(() => window.atlas?.screenPoint('aba') ?? null))
    .not.toBeNull();
});

test('the offline single file is driven from a file:// deck', async ({ page, guards }) => {
  const single = ensureSingleFile(DIST);
  const folder = join(process.cwd(), 'test-results', 'file-deck');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const name of [
    'deck-example.html',
    'deck-example.js',
    'deck-example.css',
    'atlas-reveal.js',
    'deck-example',
  ]) {
    cpSync(join(DIST, name), join(folder, name), { recursive: true });
  }
  cpSync(single, join(folder, 'atlas.html'));
  guards.allowedOrigins.push('file://');
  const blocked = await blockNetwork(page);
  await page.goto(`${pathToFileURL(join(folder, 'deck-example.html')).href}#/1`);
  const atlas = await readyFrame(page, /atlas\.html\?.*story=decade-of-cooperation/);
  await expect.poll(() => where(page, atlas)).toEqual([1, 1]);
  await page.keyboard.press('PageDown');
  await expect.poll(() => where(page, atlas)).toEqual([2, 1]);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect.poll(() => where(page, atlas)).toEqual([1, 0]);
  expect(blocked).toEqual([]);
});

declare global {
  interface Window {
    heard?: { type: string; [key: string]: unknown }[];
  }
}
