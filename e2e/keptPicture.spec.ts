/**
 * The live SVG map keeps the page's baked picture as its own first frame when it would draw
 * the same one (`src/svgmap/useAdoption.ts`), and draws itself at the first change, pointer,
 * read of its elements or idle moment. The tests hold idle callbacks back, as in a browser
 * that is never idle, so what they see at `ready` is the kept picture.
 */
import type { Page } from '@playwright/test';
import { MAP_SIZES } from '../scripts/prerender/variants';
import { FRAME, SHOWN } from './firstFrame';
import { differingShare, expect, test } from './fixtures';

/** What the page held when `window.atlas.ready` resolved (recorded by `holdIdleAndRecordReady`). */
interface AtReady {
  readonly frame: boolean;
  /** Text of the frame besides its picture (the baked header, attribution, legend). */
  readonly frameText: string;
  readonly picture: boolean;
  /** Paths and texts the live SVG map has drawn of its own. */
  readonly liveShapes: number;
}

declare global {
  interface Window {
    atReady?: AtReady;
    /** Runs the idle callbacks `holdIdle` kept back. */
    runIdle?: () => void;
  }
}

/**
 * Before the page's scripts: keeps idle callbacks back until `window.runIdle()` (a browser
 * that is never idle), and records what the page holds when `window.atlas.ready` resolves.
 */
async function holdIdleAndRecordReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    window.requestIdleCallback = (run) =>
      held.push(() => run({ didTimeout: false, timeRemaining: () => 50 }));
    window.cancelIdleCallback = () => undefined;
    window.runIdle = () => held.splice(0).forEach((run) => run());
    let api: Window['atlas'];
    Object.defineProperty(window, 'atlas', {
      configurable: true,
      get: () => api,
      set: (value: Window['atlas']) => {
        api = value;
        void value?.ready.then(() => {
          const frame = document.getElementById('atlas-first-frame');
          const picture = frame?.querySelector('.ff-picture svg') ?? null;
          window.atReady = {
            frame: frame !== null,
            frameText: [...(frame?.querySelectorAll('*') ?? [])]
              .filter((e) => !picture?.contains(e) && e.children.length === 0)
              .map((e) => e.textContent ?? '')
              .join('')
              .trim(),
            picture: picture !== null,
            liveShapes: document.querySelectorAll('.svgmap svg path, .svgmap svg text').length,
          };
        });
      },
    });
  });
}

/** Opens the default view with idle callbacks held back; resolves once `ready` was recorded. */
async function openKeeping(page: Page, query = ''): Promise<void> {
  await holdIdleAndRecordReady(page);
  await page.goto(`./${query}`);
  await page.waitForFunction(() => window.atReady !== undefined);
}

test('the live map keeps the baked picture it would draw, and draws itself at the first idle moment without a jump', async ({
  page,
}) => {
  await openKeeping(page);
  // Ready without drawing the map again: the baked picture is the map, the rest of the frame gone.
  expect(await page.evaluate(() => window.atReady)).toEqual({
    frame: true,
    frameText: '',
    picture: true,
    liveShapes: 0,
  });
  const area = await page.locator('.svgmap').boundingBox();
  if (!area) throw new Error('no map area');
  const kept = await page.screenshot({ clip: area });
  await page.evaluate(() => window.runIdle?.());
  await expect(page.locator(FRAME)).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveClass(/atlas-ff/);
  expect(await page.locator('.svgmap svg text').count()).toBeGreaterThan(10);
  const drawn = await page.screenshot({ clip: area });
  await test.info().attach('kept.png', { body: kept, contentType: 'image/png' });
  await test.info().attach('drawn.png', { body: drawn, contentType: 'image/png' });
  // The same picture but for the boundaries' finer lines (the baked ones are coarsened).
  expect(differingShare(kept, drawn)).toBeLessThan(0.04);
});

// Each size the build draws for must be the page's map area in its window, or no window
// gets a picture the live map can keep (the 960×540 one had drifted when the header grew).
for (const size of MAP_SIZES) {
  test(`${size.window}: the map area is the baked size, and the live map keeps its picture`, async ({
    page,
  }) => {
    const [width = 0, height = 0] = size.window.split('×').map(Number);
    await page.setViewportSize({ width, height });
    await openKeeping(page);
    const area = await page
      .locator('.svgmap')
      .evaluate((e) => ({ width: e.clientWidth, height: e.clientHeight }));
    expect(area).toEqual({ width: size.width, height: size.height });
    expect(await page.evaluate(() => window.atReady?.liveShapes)).toBe(0);
    await expect(page.locator(FRAME)).toHaveCount(1);
    // What it keeps is the whole picture: its overlay came out of its template.
    expect(await page.locator(SHOWN).locator('[data-link]').count()).toBeGreaterThan(5);
    await expect(page.locator(SHOWN).locator('text', { hasText: '四川' }).first()).toBeVisible();
  });
}

// The app opens in English for ?lang=en or an English browser: the page has that picture too.
for (const query of ['?lang=en', '']) {
  test(`English (${query || 'an English browser'}): the baked picture is in English, and the live map keeps it`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    await openKeeping(page, query);
    expect(await page.evaluate(() => window.atReady?.liveShapes)).toBe(0);
    await expect(page.locator(FRAME)).toHaveCount(1);
    await expect(page.locator(SHOWN)).toHaveCount(1);
    await expect(page.locator(SHOWN).locator('text', { hasText: 'Sichuan' }).first()).toBeVisible();
    await expect(page.locator(SHOWN).locator('text', { hasText: '四川' })).toHaveCount(0);
    await context.close();
  });
}

test('a pointer over the kept picture makes the live map draw itself before handling it', async ({
  page,
}) => {
  await openKeeping(page);
  await expect(page.locator(FRAME)).toHaveCount(1);
  // Over Chongqing's marker, as the baked picture drew it: the live map draws, and clicking selects.
  const point = await page
    .locator(`${SHOWN} .svgmap__markers [data-region="chongqing"] circle`)
    .first()
    .evaluate((c) => {
      const r = c.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
  await page.mouse.move(point.x, point.y);
  await expect(page.locator(FRAME)).toHaveCount(0);
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/region=chongqing/);
});

test('reading the map (mapSnapshot, screenPoint) finds the live map’s own elements', async ({
  page,
}) => {
  await openKeeping(page);
  const labels = await page.evaluate(() => window.atlas?.mapSnapshot()?.labels.length ?? 0);
  expect(labels).toBeGreaterThan(10);
  await expect(page.locator(FRAME)).toHaveCount(0);
  expect(await page.evaluate(() => window.atlas?.screenPoint('chongqing') ?? null)).not.toBeNull();
});

test('a change of view draws the live map at once', async ({ page }) => {
  await openKeeping(page);
  await page.evaluate(() => window.atlas?.setState({ years: '2020-2021' }));
  await expect(page.locator(FRAME)).toHaveCount(0);
  expect(await page.locator('.svgmap svg path[data-region]').count()).toBeGreaterThan(5);
});
