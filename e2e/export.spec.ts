import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readCompiled } from '../scripts/atlas/readCompiled';
import {
  clickRegion,
  distinctColours,
  expect,
  exportedImage,
  handOverToWebgl,
  openAtlas,
  test,
} from './fixtures';
import { blockNetwork, ensureSingleFile, SINGLE } from './offline';

// Rendering a slide-sized map in software WebGL takes a while on a busy machine.
test.setTimeout(240_000);

async function exportFromPage(page: Page, options: object): Promise<Buffer> {
  const file = await exportedImage(page, options);
  expect(file.type).toBe('image/png');
  return file.bytes;
}

test('the Export dialog downloads a 1920×1080 PNG of the view', async ({ page }) => {
  await openAtlas(page, '?region=rongchang');
  await page.getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出当前视图' });
  const download = page.waitForEvent('download', { timeout: 200_000 });
  await dialog.getByRole('button', { name: 'PNG 1920×1080', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('cooperation-atlas_rongchang_1920x1080.png');
  const png = readFileSync(await file.path());
  const { width, height } = PNG.sync.read(png);
  expect([width, height]).toEqual([1920, 1080]);
  expect(distinctColours(png)).toBeGreaterThan(200);
  await expect(dialog.getByRole('status')).toContainText('已生成');
});

test('window.atlas.exportImage gives the requested size, and a transparent sea on request', async ({
  page,
}) => {
  await openAtlas(page, '?years=2019');
  const png = await exportFromPage(page, { width: 1280, height: 720, pixelRatio: 2 });
  const image = PNG.sync.read(png);
  expect([image.width, image.height]).toEqual([2560, 1440]);
  expect(distinctColours(png)).toBeGreaterThan(200);

  const alphaZero = (image: PNG) => {
    let n = 0;
    for (let i = 3; i < image.data.length; i += 4) if (image.data[i] === 0) n++;
    return n;
  };
  const opaque = PNG.sync.read(await exportFromPage(page, { width: 800, height: 600 }));
  const clear = PNG.sync.read(
    await exportFromPage(page, { width: 800, height: 600, transparent: true }),
  );
  expect([clear.width, clear.height]).toEqual([800, 600]);
  expect(alphaZero(opaque)).toBe(0);
  expect(alphaZero(clear)).toBeGreaterThan(1000);
  await expect(page.evaluate(() => window.atlas?.exportImage({ width: 100000 }))).rejects.toThrow(
    /width must be between/,
  );
});

test('CSV and JSON hold what the filters show, with quotes and article ids', async ({ page }) => {
  await openAtlas(page, '?years=2019');
  await page.getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出当前视图' });
  const events = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '事件（CSV）' }).click();
  const csv = readFileSync(await (await events).path(), 'utf8');
  expect(csv.startsWith('\uFEFFarticle_id,event_id,date')).toBe(true);
  const lines = csv.trim().split('\r\n');
  expect(lines.length).toBeGreaterThan(2);
  expect(csv).toContain('003_8fac517cc1887912');
  expect(csv).not.toContain('001_2311f2780a6a1fa2');
  // The quotes are detail, loaded before the file is written: each 2019 event's is there.
  const quotes = readCompiled('public/data/atlas.json')
    .full.events.filter((e) => e.date.startsWith('2019'))
    .map((e) => e.quote);
  expect(quotes.length).toBeGreaterThan(0);
  for (const quote of quotes) expect(csv).toContain(quote);
  const json = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '全部（JSON）' }).click();
  const doc: unknown = JSON.parse(readFileSync(await (await json).path(), 'utf8'));
  expect(doc).toMatchObject({ filters: { years: [2019, 2019] } });
});

test.describe('the offline single file', () => {
  test.beforeAll(() => ensureSingleFile());

  test('opens from file:// with every request blocked and works fully', async ({
    page,
    guards,
  }) => {
    guards.allowedOrigins.push('file://');
    const blocked = await blockNetwork(page);
    await page.goto(`${pathToFileURL(join(process.cwd(), SINGLE)).href}?lang=zh`);
    await page.waitForFunction(() => window.atlas !== undefined, null, { timeout: 120_000 });
    await page.evaluate(() => window.atlas?.ready);
    expect(distinctColours(await page.locator('.atlas-map').screenshot())).toBeGreaterThan(20);
    // MapLibre and its worker start from the file too, when the camera first moves.
    await handOverToWebgl(page);
    expect(distinctColours(await page.locator('.atlas-map').screenshot())).toBeGreaterThan(20);
    // The first view merges Chongqing's districts: selecting Chongqing breaks them out.
    await clickRegion(page, 'chongqing');
    await clickRegion(page, 'rongchang');
    await expect(page.locator('#panel').getByText('150亿元', { exact: true })).toBeVisible();
    await page.getByRole('combobox', { name: '起始年份' }).selectOption('2019');
    await page.getByRole('combobox', { name: '结束年份' }).selectOption('2019');
    await expect(page).toHaveURL(/years=2019/);
    await page.evaluate(() => window.atlas?.setState({ region: null, step: 1 }));
    await expect(page.locator('.present-card')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=2/);
    expect(blocked).toEqual([]);
  });

  test('"download offline copy" saves it with the current view', async ({ page, guards }) => {
    await page.route('**/atlas.html', (route) => route.fulfill({ path: SINGLE }));
    await openAtlas(page, '?region=aba&lang=en');
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download offline copy (HTML)' }).click();
    const html = readFileSync(await (await download).path(), 'utf8');
    expect(html).toContain('<meta name="atlas-view" content="?region=aba&amp;lang=en" />');
    const copy = join(process.cwd(), 'test-results', 'offline-copy.html');
    writeFileSync(copy, html);
    guards.allowedOrigins.push('file://');
    await page.goto(pathToFileURL(copy).href);
    await page.waitForFunction(() => window.atlas !== undefined, null, { timeout: 120_000 });
    await page.evaluate(() => window.atlas?.ready);
    await expect(page.locator('#panel').getByRole('heading', { level: 2 })).toHaveText('Aba');
  });
});
