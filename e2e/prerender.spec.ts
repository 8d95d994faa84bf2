/**
 * The map baked into `index.html` (`scripts/prerender/`): drawn without JavaScript, shown only
 * where it agrees with the URL, and taken over by the live map without a jump. To look at the
 * baked frame with JavaScript on, the tests hold `data/atlas.json` back: the page then stays on
 * its own first frame, as on a slow connection, until they let the data through.
 */
import type { Page } from '@playwright/test';
import { differingShare, distinctColours, expect, test } from './fixtures';
import { FRAME, holdAtlas, SHOWN } from './firstFrame';

test.setTimeout(300_000);

/** The geography, drawn once for every map size. */
const GEOGRAPHY = `${FRAME} .ff-geo`;

/** How many fills the provinces have on screen (one when none is shaded). */
function provinceFills(page: Page): Promise<number> {
  return page
    .locator(`${GEOGRAPHY} .svgmap__provinces > path`)
    .evaluateAll((paths) => new Set(paths.map((p) => getComputedStyle(p).fill)).size);
}

type Points = Record<string, { x: number; y: number }>;

/** Page positions of the baked picture's markers (centres) and labels (box centres). */
function bakedPositions(page: Page): Promise<{ markers: Points; labels: Points }> {
  return page.locator(SHOWN).evaluate((picture) => {
    const centre = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    };
    const markers: Points = {};
    for (const m of picture.querySelectorAll('[data-region] > circle:first-child')) {
      const id = m.parentElement?.getAttribute('data-region');
      if (id) markers[id] = centre(m);
    }
    const labels: Points = {};
    for (const t of picture.querySelectorAll('text')) labels[t.textContent ?? ''] = centre(t);
    return { markers, labels };
  });
}

/** Page positions of the live SVG map's labels (box centres), by text. */
function liveLabels(page: Page): Promise<Points> {
  return page.locator('.svgmap svg').evaluate((svg) => {
    const labels: Points = {};
    for (const t of svg.querySelectorAll('.svgmap__labels text')) {
      const r = t.getBoundingClientRect();
      labels[t.textContent ?? ''] = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return labels;
  });
}

/**
 * The largest distance between the same keys of two sets of points. All of `a`'s must be in
 * `b`, but for `spared` of them: a picture of a smaller size, centred, placed its labels clear
 * of its own bottom band, not the map area's (where the attribution line is), and near it one
 * label may give way to another on the live map.
 */
function largestShift(a: Points, b: Points, spared = 0): number {
  let largest = 0;
  const missing = Object.keys(a).filter((key) => !b[key]);
  expect(missing.length, `on the first map only: ${missing.join(', ')}`).toBeLessThanOrEqual(
    spared,
  );
  for (const [key, p] of Object.entries(a)) {
    const q = b[key];
    if (q) largest = Math.max(largest, Math.hypot(p.x - q.x, p.y - q.y));
  }
  return largest;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // At any size: the other sizes' overlays are templates only a script fills in.
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`${width}×${height}: the page is the map of the default view: regions, links, labels, legend and attribution`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./');
      const picture = page.locator(SHOWN);
      await expect(picture).toHaveCount(1);
      // The default view: Sichuan's and Zhejiang's regions shaded, their links, named in Chinese.
      await expect(page.locator(`${GEOGRAPHY} [data-region="sichuan"]`).first()).toBeVisible();
      expect(await provinceFills(page)).toBeGreaterThan(2);
      expect(await picture.locator('[data-link]').count()).toBeGreaterThan(5);
      for (const name of ['四川', '浙江', '重庆', '成都市', '自贡市']) {
        await expect(picture.locator('text', { hasText: name }).first()).toBeVisible();
      }
      // The boundaries: provinces, the country outline and the neighbours, drawn once for every size.
      await expect(page.locator(GEOGRAPHY)).toHaveCount(1);
      expect(await page.locator(`${GEOGRAPHY} path`).count()).toBeGreaterThan(30);
      const legend = page.locator(`${FRAME} details.legend`);
      await expect(legend).toBeVisible();
      await expect(legend.locator('.legend__row')).toHaveCount(4);
      await expect(legend).toContainText('合作事件数');
      // Written in both languages; the page's own (Chinese) one shows.
      const attribution = page.locator(`${FRAME} .atlas-map__attribution:visible`);
      await expect(attribution).toBeVisible();
      await expect(attribution).toContainText('天地图');
      await expect(page.getByRole('heading', { name: '区域协作地图' })).toBeVisible();
      // (Playwright's text locators skip <noscript>: a CSS locator reads it.)
      await expect(page.locator(`${FRAME} .ff-noscript`).first()).toBeVisible();
      await expect(page.locator(`${FRAME} .ff-noscript`).first()).toContainText('这是一张静态地图');
      // Drawn, not a blank box: the map area holds the sea, land, shading, links and labels.
      const box = await page.locator(`${FRAME} .ff-map`).boundingBox();
      expect(box?.width).toBeGreaterThan(800);
      const shot = await page.screenshot({ clip: box ?? undefined });
      await test.info().attach('no-javascript.png', { body: shot, contentType: 'image/png' });
      expect(distinctColours(shot)).toBeGreaterThan(40);
    });
  }
});

test.describe('with JavaScript', () => {
  test('before the app draws, the baked frame shows the default view; the app removes it once its map is on screen', async ({
    page,
  }) => {
    const release = await holdAtlas(page);
    await page.goto('./');
    await expect(page.locator('html')).toHaveClass(/\batlas-ff\b/);
    await expect(page.locator('html')).not.toHaveClass(/atlas-ff--bare/);
    await expect(
      page.locator(SHOWN).locator('text:not(.svgmap__halo)', { hasText: '四川' }),
    ).toBeVisible();
    // The app's own page is there, over the frame: the frame is only a picture, and the
    // app's loading note does not cover the map.
    await expect(page.locator(FRAME)).toHaveJSProperty('inert', true);
    await expect(page.locator('.app-status[aria-busy="true"]')).toHaveCount(1);
    await expect(page.locator('.app-status[aria-busy="true"]')).toBeHidden();
    release();
    await page.waitForFunction(() => window.atlas !== undefined);
    await page.evaluate(() => window.atlas?.ready);
    await expect(page.locator(FRAME)).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveClass(/atlas-ff/);
  });

  test('?lang=en: the English picture shows, with its attribution, until the app draws', async ({
    page,
  }) => {
    const release = await holdAtlas(page);
    await page.goto('./?lang=en');
    await expect(page.locator('html')).not.toHaveClass(/atlas-ff--bare/);
    await expect(page.locator(SHOWN)).toHaveCount(1);
    for (const name of ['Sichuan', 'Zhejiang', 'Chongqing']) {
      await expect(page.locator(SHOWN).locator('text', { hasText: name }).first()).toBeVisible();
    }
    await expect(page.locator(`${FRAME} .atlas-map__attribution:visible`)).toHaveCount(1);
    await expect(page.locator(`${FRAME} .atlas-map__attribution:visible`)).toContainText(
      'Tianditu',
    );
    release();
    await page.waitForFunction(() => window.atlas !== undefined);
    await page.evaluate(() => window.atlas?.ready);
    await expect(page.locator('.app-header')).toContainText('Cooperation Atlas');
  });

  for (const query of ['?region=zigong', '?years=2020', '?theme=dark']) {
    test(`${query}: only the geography shows until the app draws the view asked for`, async ({
      page,
    }) => {
      const release = await holdAtlas(page);
      await page.goto(`./${query}`);
      await expect(page.locator('html')).toHaveClass(/atlas-ff--bare/);
      const frame = page.locator(FRAME);
      // The default view's shading, regions, links, markers, labels, legend and attribution: none shows.
      await expect(frame.locator('text:visible')).toHaveCount(0);
      await expect(frame.locator('[data-link]:visible')).toHaveCount(0);
      await expect(frame.locator('.svgmap__regions [data-region]:visible')).toHaveCount(0);
      expect(await provinceFills(page)).toBe(1);
      await expect(frame.locator('.atlas-map__attribution:visible')).toHaveCount(0);
      // The geography does, in the theme asked for.
      const theme = query === '?theme=dark' ? 'dark' : 'light';
      await expect(page.locator(GEOGRAPHY)).toBeVisible();
      await expect(page.locator(`${FRAME} .ff-sea.ff-${theme}`)).toBeVisible();
      const [province] = await page
        .locator(`${GEOGRAPHY} .svgmap__provinces > path`)
        .evaluateAll((paths) => paths.slice(0, 1).map((p) => getComputedStyle(p).fill));
      const dark = /rgb\((\d+), (\d+), (\d+)\)/
        .exec(province ?? '')
        ?.slice(1)
        .every((c) => Number(c) < 96);
      expect(dark, `province fill ${province}`).toBe(theme === 'dark');
      const box = await page.locator(`${FRAME} .ff-map`).boundingBox();
      const shot = await page.screenshot({ clip: box ?? undefined });
      await test.info().attach('held.png', { body: shot, contentType: 'image/png' });
      expect(distinctColours(shot)).toBeGreaterThan(8);
      // Over the geography alone, the app says the view asked for is loading.
      await expect(page.locator('.app-status[aria-busy="true"]')).toBeVisible();
      release();
      await page.waitForFunction(() => window.atlas !== undefined);
      await page.evaluate(() => window.atlas?.ready);
      await expect(frame).toHaveCount(0);
    });
  }

  // 1280×720: a window the build drew a picture for; 1440×810: one between two of its sizes,
  // where the picture is a smaller size's, centred, and the live map must start at its camera.
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 810 },
  ]) {
    test(`${viewport.width}×${viewport.height}: the live map takes over at the baked frame's camera, without a jump`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const release = await holdAtlas(page);
      await page.goto('./');
      await expect(
        page.locator(SHOWN).locator('text:not(.svgmap__halo)', { hasText: '四川' }),
      ).toBeVisible();
      const baked = await bakedPositions(page);
      expect(Object.keys(baked.markers).length).toBeGreaterThan(5);
      const area = await page.locator(`${FRAME} .ff-map`).boundingBox();
      if (!area) throw new Error('no map area');
      const before = await page.screenshot({ clip: area });

      release();
      // The live SVG map's own first frame, as soon as it is painted (where it kept the baked
      // picture at first, once it has drawn itself: the picture is then gone).
      await page.waitForFunction(
        () => performance.getEntriesByName('atlas:first-map-paint').length,
      );
      await page.waitForFunction(() => window.atlas !== undefined);
      await expect(page.locator(FRAME)).toHaveCount(0);
      const after = await page.screenshot({ clip: area });
      await test.info().attach('baked.png', { body: before, contentType: 'image/png' });
      await test.info().attach('first-live.png', { body: after, contentType: 'image/png' });
      const exact = viewport.width === 1280;
      expect(largestShift(baked.labels, await liveLabels(page), exact ? 0 : 1)).toBeLessThanOrEqual(
        3,
      );
      const shownBy = (ids: string[]) =>
        page.evaluate(
          (regions) => regions.map((id) => [id, window.atlas?.screenPoint(id) ?? null] as const),
          ids,
        );
      const live = Object.fromEntries(
        (await shownBy(Object.keys(baked.markers))).filter(
          (e): e is [string, { x: number; y: number }] => e[1] !== null,
        ),
      );
      expect(largestShift(baked.markers, live)).toBeLessThanOrEqual(3);
      // The same picture: what differs is the live map's own controls and legend button.
      expect(differingShare(before, after)).toBeLessThan(0.04);

      // MapLibre, when it takes over, keeps that camera.
      await page.evaluate(() => window.atlas?.ready);
      const ready = Object.fromEntries(
        (await shownBy(Object.keys(baked.markers))).filter(
          (e): e is [string, { x: number; y: number }] => e[1] !== null,
        ),
      );
      expect(largestShift(baked.markers, ready)).toBeLessThanOrEqual(3);
    });
  }
});
