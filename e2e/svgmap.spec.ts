/**
 * The SVG map as the working map when Chromium runs without WebGL. Screenshots of it and of
 * the WebGL map at 1280×720 are attached and compared. (Its hand-over to MapLibre, with
 * WebGL: `handover.spec.ts`.)
 */
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { CHROMIUM_ARGS, CHROMIUM_ARGS_NO_WEBGL, CHROMIUM_PATH } from '../scripts/chromium';
import { labelOverlaps } from '../src/mapmodel/snapshot';
import {
  clickRegion,
  differingShare,
  expect,
  handOverToWebgl,
  mapMarks,
  openAtlas,
  test,
  allowConsoleErrors,
} from './fixtures';
import {
  linksAccounted,
  realisticLinks,
  REALISTIC_QUERY,
  serveRealistic,
  snapshot,
} from './realistic';

// Generous: the WebGL pages run on a software rasteriser, often on a busy machine.
test.setTimeout(300_000);

// Every test here runs in Chromium without WebGL; the WebGL pages are opened in a browser of their own.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS_NO_WEBGL] } });

test.describe('without WebGL', () => {
  test('the map is an SVG, ready once painted; a short notice once the camera moves', async ({
    page,
  }) => {
    await openAtlas(page);
    const svg = page.locator('.svgmap svg');
    await expect(svg).toBeVisible();
    expect((await mapMarks(page)).paint).not.toBeNull();
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
    // At rest the SVG map is the map on every browser; moving it would start MapLibre, which
    // cannot start here: the SVG map stays, zoomed, and says why.
    await expect(page.locator('.svgmap__notice')).toHaveCount(0);
    const zoom = Number(await svg.getAttribute('data-zoom'));
    await page.getByRole('button', { name: '放大' }).click();
    await expect(page.locator('.svgmap__notice')).toContainText('WebGL');
    expect(Number(await svg.getAttribute('data-zoom'))).toBeCloseTo(zoom + 1, 3);
    await page.getByRole('button', { name: '缩小' }).click();
    await expect(svg.locator('[data-region="sichuan"][role="button"]')).toHaveAttribute(
      'aria-label',
      /四川省，\d+ 个事件/,
    );
    await page.screenshot({ path: test.info().outputPath('svg-no-webgl.png') });
  });

  test('at 10,000 articles it draws the same bounded, merged flows and keeps labels apart', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await serveRealistic(page);
    await openAtlas(page, `${REALISTIC_QUERY}&lang=en`);
    const snap = await snapshot(page);
    expect(snap.renderer).toBe('svg');
    expect(snap.flows.drawn).toBeGreaterThan(10);
    expect(snap.flows.drawn).toBeLessThanOrEqual(150);
    expect(linksAccounted(snap)).toBe(realisticLinks());
    expect(snap.labels.length).toBeGreaterThan(10);
    expect(labelOverlaps(snap.labels)).toBe(0);
  });

  test("without the boundaries either, a clear message and the list take the map's place", async ({
    page,
    guards,
  }) => {
    await page.route('**/data/boundaries*.json', (route) => route.fulfill({ status: 404 }));
    await openAtlas(page, '?region=rongchang');
    await expect(page.locator('.atlas-map__unavailable')).toContainText('地图不可用');
    await expect(page.locator('.svgmap')).toHaveCount(0);
    await expect(page.locator('#region-list')).toBeVisible();
    await expect(page.locator('#panel h2')).toHaveText('荣昌区');
    // The browser logs the failed responses itself; nothing else may be logged.
    allowConsoleErrors(guards, /status of 404/);
  });

  test('clicking Rongchang opens its panel with the 150亿元 investment', async ({ page }) => {
    await openAtlas(page);
    // At the first view Chongqing's places are merged into one (they crowd each other): a click on
    // Chongqing shows its links at full detail, and Rongchang with them.
    await clickRegion(page, 'chongqing');
    await clickRegion(page, 'rongchang');
    const panel = page.locator('#panel');
    await expect(panel.getByRole('heading', { level: 2, name: '荣昌区' })).toBeVisible();
    await expect(panel.getByText('150亿元', { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/[?&]region=rongchang(&|$)/);
    await expect(page.locator('.svgmap [data-region="rongchang"][role="button"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('the year filter changes the drawn links', async ({ page }) => {
    await openAtlas(page);
    const links = page.locator('.svgmap [data-link]');
    const all = await links.count();
    expect(all).toBeGreaterThan(5);
    await page.getByRole('combobox', { name: '起始年份' }).selectOption('2019');
    await page.getByRole('combobox', { name: '结束年份' }).selectOption('2019');
    await expect(page).toHaveURL(/years=2019/);
    await expect.poll(() => links.count()).toBeLessThan(all);
    for (const key of await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-link'))))
      expect(key).toMatch(/hunan|jiangxi|pingxiang|changsha|shangli|liuyang/);
  });

  test('keyboard: Enter selects a link, +/− and the buttons zoom, arrows pan', async ({ page }) => {
    await openAtlas(page);
    const svg = page.locator('.svgmap svg');
    const zoom = async () => Number(await svg.getAttribute('data-zoom'));
    const link = svg.locator('[data-link]').last();
    await link.focus();
    await page.keyboard.press('Enter');
    // A link, or a merged flow of links (Chongqing's places are merged at the first view).
    await expect(page).toHaveURL(/[?&](pair|flow)=/);
    // Selecting moves the focus to the panel; come back to the map.
    await svg.focus();
    const z0 = await zoom();
    await page.keyboard.press('+');
    await expect.poll(zoom).toBeCloseTo(z0 + 1, 3);
    await page.getByRole('button', { name: '缩小' }).click();
    await expect.poll(zoom).toBeCloseTo(z0, 3);
    const before = await svg.locator('[data-region="zigong"] circle').first().getAttribute('cx');
    await svg.focus();
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => svg.locator('[data-region="zigong"] circle').first().getAttribute('cx'))
      .not.toBe(before);
  });
});

/**
 * A page in a browser of its own with the config's flags (WebGL on), guarded
 * like the fixtures' pages: no console error (but those matching `expected`),
 * no request to another origin.
 */
async function withWebglPage(run: (page: Page) => Promise<void>, expected?: RegExp): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      locale: 'zh-CN',
      reducedMotion: 'reduce',
      baseURL: config.use?.baseURL,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const origin = new URL(config.use?.baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (m) => {
      if (m.type() === 'error' && !expected?.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) errors.push(r.url());
    });
    await run(page);
    expect(errors, 'console errors and foreign requests (WebGL page)').toEqual([]);
  } finally {
    await browser.close();
  }
}

test('the SVG map without WebGL and the WebGL map look alike at 1280×720', async ({ page }) => {
  await openAtlas(page);
  await page.screenshot({ path: test.info().outputPath('svg-page.png') });
  await expect(page.locator('.svgmap__notice')).toHaveCount(0);
  const svg = await page.locator('.atlas-map').screenshot();
  await test.info().attach('svg-map.png', { body: svg, contentType: 'image/png' });
  await withWebglPage(async (webglPage) => {
    await openAtlas(webglPage);
    await handOverToWebgl(webglPage);
    await webglPage.screenshot({ path: test.info().outputPath('webgl-page.png') });
    const webgl = await webglPage.locator('.atlas-map').screenshot();
    await test.info().attach('webgl-map.png', { body: webgl, contentType: 'image/png' });
    const share = differingShare(webgl, svg);
    test.info().annotations.push({ type: 'differing pixels', description: share.toFixed(4) });
    expect(share).toBeLessThan(0.06);
  });
});
