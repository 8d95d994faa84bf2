/**
 * Loading the atlas: the app's own file trusted by its hash, other files read and
 * validated in the worker, and every failure explained in the page's language with
 * no console error (the fixture's guard fails any test that logs one).
 */
import type { Page } from '@playwright/test';
import { readCompiled } from '../scripts/atlas/readCompiled';
import { atlasReady, expect, test } from './fixtures';

const full = readCompiled('public/data/atlas.json').full;

async function failedLoad(page: Page, query: string): Promise<string> {
  await page.goto(`./${query}`);
  await page.waitForFunction(() => window.atlas !== undefined);
  // `ready` rejects with the English message; the rejection is not an uncaught error.
  const outcome = await page.evaluate(() =>
    window.atlas?.ready.then(
      () => 'ready',
      (e: unknown) => String(e),
    ),
  );
  return outcome ?? 'no window.atlas';
}

test.describe('a file that cannot be loaded', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/nope.json', (r) => r.fulfill({ status: 404, body: 'File not found' }));
  });

  test('is explained in Chinese with lang=zh, and Retry is offered', async ({ page }) => {
    const message = await failedLoad(page, '?data=nope.json&lang=zh');
    expect(message).toMatch(/HTTP 404 \(not found\) for the file nope\.json/);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: '无法加载地图数据' })).toBeVisible();
    await expect(alert).toContainText('服务器对文件 nope.json 的回应是 HTTP 404（文件不存在）。');
    await expect(alert).toContainText('请检查网址中 data= 后面的路径');
    await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
    await expect(alert).not.toContainText(/could not|answered|not found/i);
  });

  test('is explained in English with lang=en, and the switch translates it', async ({ page }) => {
    await failedLoad(page, '?data=nope.json&lang=en');
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', { name: 'The atlas data could not be loaded' }),
    ).toBeVisible();
    await expect(alert).toContainText(
      'The server answered HTTP 404 (not found) for the file nope.json.',
    );
    await expect(alert).not.toContainText(/[\u4e00-\u9fff]/);
    await page.getByRole('button', { name: '中文' }).click();
    await expect(alert).toContainText('HTTP 404（文件不存在）');
  });

  test('says a web page came back instead of data', async ({ page }) => {
    // The preview server answers an unknown path with the app's own page.
    await failedLoad(page, '?data=missing/atlas.json&lang=zh');
    await expect(page.getByRole('alert')).toContainText(
      '文件 missing/atlas.json 返回的是一个网页，而不是地图数据',
    );
  });

  test('loads once Retry finds the file', async ({ page }) => {
    let calls = 0;
    await page.route('**/later.json', (route) =>
      ++calls === 1 ? route.fulfill({ status: 503, body: '' }) : route.fulfill({ json: full }),
    );
    await failedLoad(page, '?data=later.json&lang=zh');
    await expect(page.getByRole('alert')).toContainText('HTTP 503（请求未成功）');
    await page.getByRole('button', { name: '重试' }).click();
    await page.evaluate(() => window.atlas?.ready);
    await expect(page.getByRole('heading', { name: '概览' })).toBeVisible();
  });
});

test('a file with wrong records names each record and field, in both languages', async ({
  page,
}) => {
  const [first, second] = full.events;
  if (!first || !second) throw new Error('the seeds have fewer than two events');
  const damaged = {
    ...full,
    events: [{ ...first, parties: [] }, { ...second, date: '2019-13-01' }, ...full.events.slice(2)],
  };
  await page.route('**/mine.json', (r) => r.fulfill({ json: damaged }));
  await failedLoad(page, '?data=mine.json&lang=zh');
  const issues = page.getByRole('alert').getByRole('listitem');
  await expect(page.getByRole('alert')).toContainText('文件 mine.json 有 2 处不符合地图数据格式');
  await expect(issues.first()).toHaveText(
    `合作事件第 1 条（id “${first.id}”）（报道 ${first.article}），字段 parties：应至少列出一个参与方`,
  );
  await expect(issues.nth(1)).toContainText(`合作事件第 2 条（id “${second.id}”）`);
  await expect(issues.nth(1)).toContainText('字段 date：应写作 YYYY、YYYY-MM 或 YYYY-MM-DD');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(issues.first()).toHaveText(
    `events no. 1 (id "${first.id}") (article ${first.article}), field parties: must name at least one party`,
  );
});

test('a file of an unknown format says which format it is', async ({ page }) => {
  await page.route('**/future.json', (r) => r.fulfill({ json: { version: 9 } }));
  await failedLoad(page, '?data=future.json&lang=en');
  await expect(page.getByRole('alert')).toContainText(
    'The file future.json is not atlas data this app reads (format version: 9; this app reads versions 1, 2 and 3).',
  );
});

test("a user's format 1 file loads through the worker, quotes and all", async ({ page }) => {
  await page.route('**/old-atlas.json', (r) => r.fulfill({ json: full }));
  await page.goto('./?data=old-atlas.json&region=rongchang');
  await atlasReady(page);
  const panel = page.locator('#panel');
  await expect(panel.getByRole('heading', { level: 2, name: '荣昌区' })).toBeVisible();
  await expect(panel.locator('.article-card .summary').first()).not.toBeEmpty();
  await panel.locator('.source-quote summary').first().click();
  await expect(panel.locator('.source-quote blockquote').first()).toContainText(/\S{4}/);
});

test('an own atlas changed by hand after it was built is validated, not trusted, and loads', async ({
  page,
}) => {
  await page.route('**/data/atlas.json', async (route) => {
    const text = await (await route.fetch()).text();
    const article = full.articles[0];
    if (!article) throw new Error('no article');
    await route.fulfill({
      body: text.replace(`"zh": "${article.title.zh}"`, '"zh": "手工改过的标题"'),
      contentType: 'application/json',
    });
  });
  await page.goto('./');
  await atlasReady(page);
  await expect(
    page.locator('#panel .article-card h4', { hasText: '手工改过的标题' }),
  ).toBeVisible();
});

test('an own atlas broken by hand after it was built is caught by the validation', async ({
  page,
}) => {
  await page.route('**/data/atlas.json', async (route) => {
    const text = await (await route.fetch()).text();
    await route.fulfill({
      body: text.replace(/"type": "[a-z-]+"/, '"type": "banquet"'),
      contentType: 'application/json',
    });
  });
  await failedLoad(page, '?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file data/atlas.json has 1 field(s)');
  await expect(alert.getByRole('listitem').first()).toContainText(/^events no\. 1 .*field type:/);
});
