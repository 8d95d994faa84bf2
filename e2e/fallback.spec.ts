import { CHROMIUM_ARGS_NO_WEBGL, CHROMIUM_PATH } from '../scripts/chromium';
import { atlasReady, expect, openAtlas, test, allowConsoleErrors } from './fixtures';

// The whole file runs in a Chromium without WebGL: the atlas must hold up there, and the
// broken-data and bad-URL cases do not need a map (they also run faster without one).
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS_NO_WEBGL] } });

test.describe('without WebGL', () => {
  test('the SVG map stands in, the list and the panel still work, and window.atlas.ready resolves', async ({
    page,
  }) => {
    await openAtlas(page);
    expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(
      false,
    );
    await expect(page.locator('#panel h2')).toHaveText('概览');
    // Moving the camera would start MapLibre: here the SVG map stays and says why.
    await page.getByRole('button', { name: '放大' }).click();
    await expect(page.getByText(/WebGL/).first()).toBeVisible();
    // The SVG map is the map: the layout does not change, and the list is one click away.
    await expect(page.locator('.svgmap svg')).toBeVisible();
    const list = page.getByRole('region', { name: '地区与合作关系' });
    await expect(list).toHaveCount(0);
    await page.getByRole('button', { name: /地区列表/ }).click();
    await expect(list).toBeVisible();
    await list.locator('[data-item="region:rongchang"]').click();
    const panel = page.locator('#panel');
    await expect(panel.locator('h2')).toHaveText('荣昌区');
    await expect(panel.getByText('150亿元', { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/region=rongchang/);

    await list.locator('[data-item^="link:"]').first().click();
    await expect(page).toHaveURL(/pair=/);
    await expect(panel.locator('.event').first()).toBeVisible();

    // Filters drive the list; reload restores the view.
    await page.getByRole('combobox', { name: '起始年份' }).selectOption('2019');
    await page.getByRole('combobox', { name: '结束年份' }).selectOption('2019');
    await expect(list.locator('[data-item="region:rongchang"]')).toHaveCount(0);
    await expect(list.locator('[data-item="region:pingxiang"]')).toBeVisible();
    await page.reload();
    await atlasReady(page);
    await expect(page).toHaveURL(/years=2019/);
    await expect(page.locator('.svgmap__markers [data-region="pingxiang"]')).toBeAttached();
    await expect(page.locator('.svgmap__markers [data-region="rongchang"]')).toHaveCount(0);
  });
});

test.describe('a broken atlas file', () => {
  const cases = [
    { name: 'missing (404)', body: 'Not found', status: 404, says: /HTTP 404（文件不存在）/ },
    {
      name: 'truncated',
      body: '{"version":1,"dataDate":"2024-05',
      status: 200,
      says: /不是有效的 JSON（\d+ 字节，可能没有传完整）/,
    },
    {
      name: 'schema-invalid',
      body: JSON.stringify({ version: 1, dataDate: '2024-05-17', regions: [{ id: 'Bad Id' }] }),
      status: 200,
      says: /地区第 1 条（id “Bad Id”），字段 id：应为小写拼音/,
    },
  ];
  for (const c of cases) {
    test(`${c.name}: a clear error, nothing half-drawn, and Retry recovers`, async ({
      page,
      guards,
    }) => {
      await page.route('**/data/atlas.json', (route) =>
        route.fulfill({ status: c.status, body: c.body, contentType: 'application/json' }),
      );
      await page.goto('./?region=rongchang');
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: '无法加载地图数据' })).toBeVisible();
      await expect(alert).toContainText('data/atlas.json');
      await expect(alert).toContainText(c.says);
      await expect(page.locator('.map-area, #panel, canvas')).toHaveCount(0);
      expect(
        await page.evaluate(() =>
          window.atlas?.ready.then(
            () => 'ok',
            () => 'rejected',
          ),
        ),
      ).toBe('rejected');

      await page.unroute('**/data/atlas.json');
      await alert.getByRole('button', { name: '重试' }).click();
      await expect(page.locator('#panel h2')).toHaveText('荣昌区');
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(await page.evaluate(() => window.atlas?.ready.then(() => 'ok'))).toBe('ok');
      // The browser logs the failed response itself; nothing else may be logged.
      allowConsoleErrors(guards, /status of 404/);
    });
  }
});

test.describe('bad URL values', () => {
  for (const [query, dropped, kept] of [
    ['?pair=sichuan~atlantis&years=2019', 'pair=sichuan~atlantis', /years=2019/],
    ['?pair=sichuan~sichuan&sectors=textiles', 'pair=sichuan~sichuan', /sectors=textiles/],
    ['?sectors=textiles,space&region=aba', 'sectors=space', /sectors=textiles(&|$)/],
    ['?years=1999-2000&region=rongchang', 'years=1999-2000', /region=rongchang/],
    ['?years=2024-2016&lang=en', 'years=2024-2016', /lang=en/],
    ['?years=20x9&pair=sichuan~zhejiang', 'years=20x9', /pair=sichuan~zhejiang/],
  ] as const) {
    test(`${query}: ${dropped} is dropped with a notice, the rest applies`, async ({ page }) => {
      await openAtlas(page, query);
      await expect(page.locator('.notice').first()).toContainText(dropped);
      await expect(page).toHaveURL(kept);
      const [name = '', value = ''] = dropped.split('=');
      expect(new URL(page.url()).searchParams.get(name) ?? '').not.toContain(value);
      await expect(page.locator('#panel h2')).toBeVisible();
    });
  }
});
