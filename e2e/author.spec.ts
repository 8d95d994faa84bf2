/**
 * Adding an article without a developer (issue 19): paste an unseen article → accept
 * the draft → fix a flagged field → save → the new link is on the map and in its panel
 * with the quote highlighted, still there after a reload; remove it → gone. The YAML and
 * the offline atlas with the article inside are downloaded; the offline copy is opened
 * from file://. A browser store that fails keeps the work in the page and says why.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { parse } from 'yaml';
import { atlasReady, clickRegion, expect, openAtlas, test } from './fixtures';
import { FRAME, holdAtlas, openedBare } from './firstFrame';
import { blockNetwork, ensureSingleFile, SINGLE } from './offline';

/** Two cities of two provinces sign a framework agreement; the page ends with three teasers. */
const ARTICLE = readFileSync('e2e/fixtures/author/shiyan-ningbo.txt', 'utf8');
const QUOTE = '两市签署《十堰市 宁波市产业协作框架协议》';

const screenPoint = (page: Page, id: string) =>
  page.evaluate((region) => window.atlas?.screenPoint(region) ?? null, id);

/** Pastes the article, drafts it and accepts every drafted item. */
async function draftAndAccept(page: Page): Promise<void> {
  await page.getByLabel('报道全文').fill(ARTICLE);
  await page.getByRole('button', { name: '起草', exact: true }).click();
  const text = page.locator('[data-article-pane]');
  await expect(text.locator('mark', { hasText: '总投资86.5亿元' })).toBeVisible();
  // The teaser list is not part of the article the user reviews.
  await expect(text).not.toContainText('相关新闻');
  await page.getByRole('button', { name: '接受其余各项' }).click();
}

/** Writes the English the draft could not: the fields it flags. */
async function translate(page: Page): Promise<void> {
  const title = page.getByLabel('英文标题').first();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('请填写英文。', { exact: true }).first()).toBeVisible();
  await title.fill('Shiyan and Ningbo sign an industrial cooperation framework agreement');
  await expect(title).toHaveAttribute('aria-invalid', 'false');
  await page.getByLabel('英文来源').fill('Shiyan Daily');
  await page
    .getByLabel('英文摘要')
    .fill('Shiyan and Ningbo held an industrial cooperation meeting.');
  await expect(page.getByText('可以保存')).toBeVisible();
}

/** Opens a downloaded offline atlas from file:// with every request blocked: the article is in it. */
async function openOfflineCopy(context: BrowserContext, file: string): Promise<void> {
  const page = await context.newPage();
  const blocked = await blockNetwork(page);
  const copy = join(process.cwd(), 'test-results', file);
  await page.goto(`${pathToFileURL(copy).href}?region=shiyan&lang=en`);
  await page.waitForFunction(() => window.atlas !== undefined, null, { timeout: 120_000 });
  await page.evaluate(() => window.atlas?.ready);
  const panel = page.locator('#panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Shiyan');
  await expect(panel.getByText('Ningbo — Shiyan')).toBeVisible();
  await expect(panel.getByText('Added here')).toBeVisible();
  // Carried by the file, not kept in a browser: nothing to remove there.
  await expect(panel.getByRole('button', { name: 'Remove from this browser' })).toHaveCount(0);
  expect(blocked).toEqual([]);
  await page.close();
}

test.describe('adding an article in the browser', () => {
  test.beforeAll(() => ensureSingleFile());

  test('paste, review, fix, save: on the map, after a reload, removed; offline copy', async ({
    page,
    context,
    guards,
  }) => {
    guards.allowedOrigins.push('file://');
    await page.route('**/atlas.html', (route) => route.fulfill({ path: SINGLE }));
    await openAtlas(page, '?lang=zh');
    expect(await screenPoint(page, 'shiyan')).toBeNull();
    await page.getByRole('button', { name: '添加报道' }).click();
    await expect(page).toHaveURL(/author=1/);
    await draftAndAccept(page);
    await translate(page);

    await page.getByRole('button', { name: '保存…' }).click();
    const dialog = page.getByRole('dialog', { name: '保存报道' });
    const yamlFile = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '标注（.yaml）' }).click();
    const yaml: unknown = parse(readFileSync(await (await yamlFile).path(), 'utf8'));
    expect(yaml).toMatchObject({
      status: 'curated',
      title: { en: expect.stringMatching(/^Shiyan/) },
    });
    expect(JSON.stringify(yaml)).not.toContain('[untranslated]');
    expect(yaml).toHaveProperty(
      'events',
      expect.arrayContaining([
        expect.objectContaining({
          parties: ['shiyan', 'ningbo'],
          quote: expect.stringContaining('框架协议'),
        }),
      ]),
    );
    const offline = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '离线地图（.html）' }).click();
    writeFileSync(
      join('test-results', 'author-offline.html'),
      readFileSync(await (await offline).path()),
    );

    await dialog.getByRole('button', { name: '保存并在地图上查看' }).click();
    await expect(page).toHaveURL(/pair=ningbo~shiyan/);
    const panel = page.locator('#panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('宁波市 — 十堰市');
    await expect(panel.getByText('本机添加')).toBeVisible();
    // Saved work is not offered again as a draft.
    await page.getByRole('button', { name: '添加报道' }).click();
    await expect(page.getByLabel('报道全文')).toHaveValue('');
    await page.getByRole('button', { name: '返回地图' }).click();

    // The new link's end is on the map where a click selects it, with the article in its panel.
    await expect.poll(() => screenPoint(page, 'shiyan')).not.toBeNull();
    await clickRegion(page, 'shiyan');
    await expect(page).toHaveURL(/region=shiyan/);
    await expect(panel.getByText('宁波市 — 十堰市')).toBeVisible();
    await panel.getByRole('button', { name: '阅读全文' }).click();
    await expect(panel.locator('mark', { hasText: QUOTE })).toBeVisible();

    // Opened at its start view, the page's baked picture, drawn without the article, does not
    // show: only the geography, until the app has drawn the atlas with it.
    const selected = page.url();
    let release = await holdAtlas(page);
    await page.goto('./?lang=zh');
    await expect(page.locator('html')).toHaveClass(/atlas-ff--bare/);
    await expect(page.locator(`${FRAME} [data-link]:visible`)).toHaveCount(0);
    await expect(page.locator(`${FRAME} text:visible`)).toHaveCount(0);
    release();
    await atlasReady(page);
    await page.goto(selected);
    await atlasReady(page);
    await expect.poll(() => screenPoint(page, 'shiyan')).not.toBeNull();
    await expect(panel.getByText('本机添加')).toBeVisible();

    // The Export dialog's offline copy carries the articles saved in this browser too.
    await page.getByRole('button', { name: '导出' }).click();
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载离线副本（HTML）' }).click();
    writeFileSync(
      join('test-results', 'export-offline.html'),
      readFileSync(await (await exported).path()),
    );
    await page.getByRole('button', { name: '关闭' }).click();

    await panel.getByRole('button', { name: '从本浏览器删除' }).click();
    await panel
      .getByRole('group', { name: '从本浏览器删除' })
      .getByRole('button', { name: '从本浏览器删除' })
      .click();
    await expect.poll(() => screenPoint(page, 'shiyan')).toBeNull();
    await expect(panel.getByText('本机添加')).toHaveCount(0);
    // None kept any more: the baked picture is the atlas's again.
    release = await holdAtlas(page);
    await page.goto('./?lang=zh');
    await expect(page.locator(`${FRAME} [data-link]:visible`).first()).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/atlas-ff--bare/);
    release();
    await atlasReady(page);
    expect(await screenPoint(page, 'shiyan')).toBeNull();

    await openOfflineCopy(context, 'author-offline.html');
    await openOfflineCopy(context, 'export-offline.html');
    // At its start view, a copy that carries articles shows only the geography until the app
    // has drawn them; the copy as built carries none and shows its baked picture.
    expect(
      await openedBare(context, join(process.cwd(), 'test-results', 'author-offline.html')),
    ).toBe(true);
    expect(await openedBare(context, SINGLE)).toBe(false);
  });
});

test('a browser store that refuses keeps the work in the page and says how to keep it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await openAtlas(page, '?author=1&lang=zh');
  await expect(page.getByText('无法读取本浏览器中保存的报道')).toBeVisible();
  await draftAndAccept(page);
  const warning = page.getByRole('alert').filter({ hasText: '此浏览器不允许保存数据' });
  await expect(warning).toContainText('下载 .txt 原文和 .yaml 标注文件');
  await translate(page);
  await page.getByRole('button', { name: '保存…' }).click();
  const dialog = page.getByRole('dialog', { name: '保存报道' });
  await dialog.getByRole('button', { name: '保存并在地图上查看' }).click();
  await expect(dialog.getByRole('alert')).toContainText('此浏览器不允许保存数据');
  const text = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '原文（.txt）' }).click();
  expect(readFileSync(await (await text).path(), 'utf8')).toBe(ARTICLE);
  await dialog.getByRole('button', { name: '关闭' }).click();
  // Nothing lost: the review is still on the page, ready to save.
  await expect(page.getByText('可以保存')).toBeVisible();
  await expect(page.getByLabel('英文来源')).toHaveValue('Shiyan Daily');
});

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    );
}

test('the authoring view passes axe and works from the keyboard, in English', async ({ page }) => {
  await openAtlas(page, '?author=1&lang=en');
  await expect(page.getByLabel('Article text')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Draft', exact: true }).click();
  await expect(page.locator('[data-article-pane] mark').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // A place the draft missed, found by its pinyin and picked with the keyboard.
  const picker = page.getByRole('combobox', { name: 'Add a region' });
  await picker.focus();
  await page.keyboard.type('hubei');
  await expect(page.getByRole('option', { name: /^Hubei/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  const hubei = page.getByRole('group', { name: 'Review "Hubei"' });
  await expect(hubei.getByRole('button', { name: /Accept/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Reject a drafted region with Tab and Space only.
  const ningbo = page.getByRole('group', { name: 'Review "Ningbo"' });
  await ningbo.getByRole('button', { name: /Accept/ }).focus();
  await page.keyboard.press('Tab');
  await expect(ningbo.getByRole('button', { name: /Reject/ })).toBeFocused();
  await page.keyboard.press('Space');
  const rejected = ningbo.getByRole('button', { name: /Reject/ });
  await expect(rejected).toHaveAttribute('aria-pressed', 'true');

  // The half-finished review survives a reload (autosaved in the browser, debounced).
  await expect.poll(() => page.evaluate(autosavedDecisions)).toContain('region:ningbo=rejected');
  await page.reload();
  await atlasReady(page);
  await expect(rejected).toHaveAttribute('aria-pressed', 'true');
  await expect(hubei.getByRole('button', { name: /Accept/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

/** The decisions of the autosaved review, read from IndexedDB as the page wrote them. */
function autosavedDecisions(): Promise<string[]> {
  return new Promise((resolve) => {
    const open = indexedDB.open('cooperation-atlas');
    open.onsuccess = () => {
      const get = open.result.transaction('authoring').objectStore('authoring').get('draft');
      get.onsuccess = () => {
        const work: unknown = get.result;
        const regions =
          typeof work === 'object' && work !== null && 'review' in work
            ? JSON.stringify(work.review)
            : '';
        resolve(
          [...regions.matchAll(/"key":"(region:\w+)","decision":"(\w+)"/g)].map(
            (m) => `${m[1]}=${m[2]}`,
          ),
        );
      };
      get.onerror = () => resolve([]);
    };
    open.onerror = () => resolve([]);
  });
}
