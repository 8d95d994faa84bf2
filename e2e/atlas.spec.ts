import type { Page } from '@playwright/test';
import {
  atlasReady,
  clickRegion,
  distinctColours,
  expect,
  handOverToWebgl,
  openAtlas,
  test,
} from './fixtures';
import { REALISTIC_QUERY, serveRealistic } from './realistic';

test('the map loads and is drawn: the SVG map at rest, MapLibre once the camera moves', async ({
  page,
}) => {
  await openAtlas(page);
  await expect(page.getByRole('heading', { name: '概览' })).toBeVisible();
  await expect(page.locator('.svgmap svg')).toBeVisible();
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  expect(distinctColours(await page.locator('.atlas-map').screenshot())).toBeGreaterThan(20);
  await handOverToWebgl(page);
  expect(distinctColours(await page.locator('.maplibregl-canvas').screenshot())).toBeGreaterThan(
    20,
  );
  await clickRegion(page, 'zhejiang');
  await expect(page.locator('#panel h2')).toHaveText('浙江省');
  // A panel scrolled down shows the next selection from its top.
  const panel = page.locator('#panel');
  await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await clickRegion(page, 'sichuan');
  await expect(page.locator('#panel h2')).toHaveText('四川省');
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBe(0);
});

/** The texts of the map's labels that sit under its attribution line, and how many labels there are. */
async function labelsUnderAttribution(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.atlas-map__attribution')?.getBoundingClientRect();
    const texts = [...document.querySelectorAll('.svgmap__labels text')];
    const clash = (r: DOMRect) =>
      !!bar && r.bottom > bar.top && r.top < bar.bottom && r.right > bar.left && r.left < bar.right;
    return {
      labels: texts.length,
      under: texts.filter((t) => clash(t.getBoundingClientRect())).map((t) => t.textContent),
    };
  });
}

// The attribution line sits over the bottom of the map: a label there would be half hidden
// (澳门 was, in the first view at 960×540 and 1280×720).
for (const [width, height] of [
  [960, 540],
  [1280, 720],
] as const) {
  test(`${width}×${height}: no label of the first view sits under the map's attribution line`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openAtlas(page, '?lang=zh');
    const { labels, under } = await labelsUnderAttribution(page);
    expect(labels).toBeGreaterThan(10);
    expect(under).toEqual([]);
  });
}

// A narrow map in English, with the note of the flows not drawn: the line wraps to three, and
// labels keep clear of all of it (Sansha sat under the second).
test("960×540, 10,000 articles, English: no label sits under the attribution's wrapped lines", async ({
  page,
}) => {
  await page.setViewportSize({ width: 960, height: 540 });
  await serveRealistic(page);
  await openAtlas(page, `${REALISTIC_QUERY}&lang=en&region=hainan`);
  const bar = await page.locator('.atlas-map__attribution').boundingBox();
  expect(bar?.height).toBeGreaterThan(30);
  const { labels, under } = await labelsUnderAttribution(page);
  expect(labels).toBeGreaterThan(10);
  expect(under).toEqual([]);
});

test('clicking Rongchang opens its panel with the 150亿元 park investment, in the URL and after reload', async ({
  page,
}) => {
  await openAtlas(page);
  // At the first view Chongqing's places are merged into one (they crowd each other): a click on
  // Chongqing shows its links at full detail, and Rongchang with them.
  await clickRegion(page, 'chongqing');
  await clickRegion(page, 'rongchang');
  const panel = page.locator('#panel');
  await expect(panel.getByRole('heading', { level: 2, name: '荣昌区' })).toBeVisible();
  await expect(panel.getByText('150亿元', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/[?&]region=rongchang(&|$)/);
  await page.reload();
  await atlasReady(page);
  await expect(panel.getByRole('heading', { level: 2, name: '荣昌区' })).toBeVisible();
  await expect(panel.getByText('150亿元', { exact: true })).toBeVisible();
});

test("the overview's top links show the count they are ranked by", async ({ page }) => {
  await openAtlas(page, '?lang=en');
  const counts = await page
    .locator('#panel .link-list .meta')
    .allTextContents()
    .then((texts) => texts.map((t) => Number(/(\d+) articles?$/.exec(t)?.[1])));
  expect(counts.length).toBeGreaterThan(1);
  expect(counts.every((n) => n >= 1)).toBe(true);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  // Sichuan–Zhejiang is reported by two articles, more than any other pair of the seeds.
  await expect(page.locator('#panel .link-list li').first()).toContainText('2 articles');
});

test('years=2019 leaves only the Jiangxi–Hunan cooperation', async ({ page }) => {
  await openAtlas(page, '?years=2019');
  const links = page.locator('#panel .link-list .pair-name');
  await expect(links.first()).toBeVisible();
  const jiangxiHunan = /江西|湖南|萍乡|长沙|上栗|浏阳|醴陵|株洲/;
  for (const text of await links.allTextContents()) {
    const [a = '', b = ''] = text.split(/ — | → /);
    expect(a).toMatch(jiangxiHunan);
    expect(b).toMatch(jiangxiHunan);
  }
  await expect(page.getByText(/四川|浙江|重庆/)).toHaveCount(0);
});

test('a sector filter narrows the articles and goes into the URL', async ({ page }) => {
  await openAtlas(page);
  const articles = page.locator('#panel .article-card');
  const before = await articles.count();
  expect(before).toBe(5);
  await page.locator('.sector-picker summary').click();
  // Science and technology: only the Zhejiang–Sichuan article has events or figures in it
  // (an article is listed for a sector only through its records, issue 19).
  await page.getByRole('checkbox', { name: /科技创新/ }).check();
  await expect(page).toHaveURL(/[?&]sectors=technology(&|$)/);
  await expect.poll(() => articles.count()).toBeLessThan(before);
  await expect(articles.first()).toContainText('浙商');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(articles).toHaveCount(before);
  await expect(page).not.toHaveURL(/sectors=/);
});

test('choosing sectors names them all and does not move the map', async ({ page }) => {
  await openAtlas(page);
  const map = page.locator('.atlas-map');
  const before = await map.boundingBox();
  const summary = page.locator('.sector-picker summary');
  await summary.click();
  // The longest names: before the picker kept one width, two of them re-wrapped the header and
  // the whole map moved down.
  for (const name of [/节能环保/, /文化创意/, /科技创新/]) {
    await page.getByRole('checkbox', { name }).check();
  }
  await summary.click();
  await expect(summary).toHaveAccessibleName(/节能环保、文化创意、科技创新/);
  await expect(summary).toContainText('+2');
  expect(await map.boundingBox()).toEqual(before);
  // And the header keeps to one row at 1280×720 in both languages, so the map has its full
  // height (the English one had two).
  const header = page.locator('.app-header');
  expect((await header.boundingBox())?.height).toBeLessThanOrEqual(65);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(summary).toContainText('+2');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await header.boundingBox())?.height).toBeLessThanOrEqual(65);
  expect(await map.boundingBox()).toEqual(before);
});

test('a bad URL parameter is dropped with a notice and the rest still applies', async ({
  page,
}) => {
  await openAtlas(page, '?region=atlantis&years=2019');
  await expect(page.locator('.notices')).toContainText('region=atlantis');
  await expect(page).not.toHaveURL(/atlantis/);
  await expect(page).toHaveURL(/years=2019/);
});

test('back and forward restore the selection', async ({ page }) => {
  await openAtlas(page);
  await clickRegion(page, 'zigong');
  await expect(page).toHaveURL(/region=zigong/);
  await page.getByRole('button', { name: /返回概览/ }).click();
  await expect(page).not.toHaveURL(/region=/);
  await page.goBack();
  await expect(page).toHaveURL(/region=zigong/);
  await expect(page.locator('#panel h2')).toHaveText('自贡市');
  await page.goForward();
  await expect(page.locator('#panel h2')).toHaveText('概览');
});

test('English labels and formats follow lang=en', async ({ page }) => {
  await openAtlas(page, '?lang=en&region=rongchang');
  await expect(page.locator('#panel h2')).toHaveText('Rongchang');
  await expect(page.locator('#panel').getByText('CNY 15 billion', { exact: true })).toBeVisible();
});

test('window.atlas exposes and changes the state', async ({ page }) => {
  await openAtlas(page);
  await page.evaluate(() =>
    window.atlas?.setState({ pair: 'sichuan~zhejiang', years: '2016-2024' }),
  );
  await expect(page).toHaveURL(/pair=sichuan~zhejiang/);
  const state = await page.evaluate(() => window.atlas?.getState());
  expect(state).toMatchObject({
    pair: 'sichuan~zhejiang',
    region: null,
    years: '2016-2024',
    lang: 'zh',
  });
  await expect(page.locator('#panel h2')).toContainText('四川省');
});
