import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { clickRegion, expect, openAtlas, test } from './fixtures';

for (const [width, height] of [
  [960, 540],
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`embed=1 at ${width}×${height}: no page chrome, no scrollbars, legible`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openAtlas(page, '?embed=1&years=2016-2024');
    await expect(page.locator('.app-header')).toHaveCount(0);
    await expect(page.locator('.embed-header h1')).toHaveText('区域协作地图');
    await expect(page.locator('.embed-header')).toContainText('2016–2024 · 全部行业');
    await expect(page.locator('.embed-legend')).toBeVisible();
    await expect(page.locator('.map-area .svgmap svg')).toBeVisible();
    const open = page.getByRole('link', { name: /打开完整地图/ });
    await expect(open).toHaveAttribute('href', /years=2016-2024/);
    expect(await open.getAttribute('href')).not.toContain('embed=');
    const scroll = await page.evaluate(() => {
      const d = document.documentElement;
      return [d.scrollWidth - d.clientWidth, d.scrollHeight - d.clientHeight];
    });
    expect(scroll).toEqual([0, 0]);
    const smallest = await page.evaluate(() => {
      let min = Infinity;
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const hasText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (hasText && el.checkVisibility() && !el.closest('.visually-hidden')) {
          min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
        }
      }
      return min;
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
  });
}

test('embedded, a selection opens the panel as an overlay; panel=0 keeps it closed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 960, height: 540 });
  await openAtlas(page, '?embed=1');
  // At the first view Chongqing's places are merged into one (they crowd each other): a click on
  // Chongqing shows its links at full detail, and Rongchang with them.
  await clickRegion(page, 'chongqing');
  await clickRegion(page, 'rongchang');
  const overlay = page.locator('.embed-panel');
  await expect(overlay.getByRole('heading', { level: 2, name: '荣昌区' })).toBeVisible();
  await expect(page.locator('.embed-header h1')).toHaveText('荣昌区');
  await overlay.getByRole('button', { name: '关闭详情' }).click();
  await expect(overlay).toHaveCount(0);

  await openAtlas(page, '?embed=1&panel=0');
  await clickRegion(page, 'chongqing');
  await clickRegion(page, 'rongchang');
  await expect(page.locator('.embed-header h1')).toHaveText('荣昌区');
  await expect(page.locator('.embed-panel')).toHaveCount(0);
});

test('theme=dark and lang=en apply in the embed without losing the view', async ({ page }) => {
  await openAtlas(page, '?embed=1&theme=dark&region=aba');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page
    .locator('.embed-header')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toMatch(/255, 255, 255/);
  await page.evaluate(() => window.atlas?.setState({ lang: 'en' }));
  await expect(page.locator('.embed-header h1')).toHaveText('Aba');
  await expect(page).toHaveURL(/region=aba/);
  await expect(page).toHaveURL(/theme=dark/);
});

test('theme=dark keeps text at WCAG AA contrast (embed, panel overlay, presentation)', async ({
  page,
}) => {
  const contrast = async () =>
    (await new AxeBuilder({ page }).withRules(['color-contrast']).analyze()).violations.flatMap(
      (v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    );
  await openAtlas(page, '?embed=1&theme=dark&region=rongchang');
  await expect(page.locator('.embed-panel h2')).toHaveText('荣昌区');
  expect(await contrast()).toEqual([]);
  await openAtlas(page, '?embed=1&theme=dark&story=decade-of-cooperation&step=3');
  await expect(page.locator('.present-card')).toBeVisible();
  expect(await contrast()).toEqual([]);
});

/** A host page on another origin: the example page from `public/`, served by a tiny server here. */
async function hostServer(): Promise<{ server: Server; origin: string }> {
  const files: Record<string, [string, string]> = {
    '/embed-example.html': ['public/embed-example.html', 'text/html'],
    '/embed-example.js': ['public/embed-example.js', 'text/javascript'],
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${file[1]}; charset=utf-8` });
    res.end(readFileSync(file[0]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function atlasFrame(page: Page): Promise<Frame> {
  await expect(page.locator('#log')).toContainText('atlas:ready', { timeout: 60_000 });
  const frame = page.frame({ url: /embed=1/ });
  if (!frame) throw new Error('no atlas frame');
  return frame;
}

test.describe('the postMessage API with a host page on another origin', () => {
  let host: { server: Server; origin: string };
  test.beforeAll(async () => {
    host = await hostServer();
  });
  test.afterAll(async () => {
    await new Promise((resolve) => host.server.close(resolve));
  });

  test('an allowed host drives the atlas with atlas:set and hears atlas:select', async ({
    page,
    baseURL,
    guards,
  }) => {
    guards.allowedOrigins.push(host.origin);
    await page.goto(`${host.origin}/embed-example.html?atlas=${encodeURIComponent(baseURL ?? '')}`);
    const frame = await atlasFrame(page);
    await page.getByRole('button', { name: 'Rongchang' }).click();
    await expect(page.locator('#log')).toContainText('atlas:select rongchang 荣昌区 (Rongchang)');
    expect(await frame.evaluate(() => window.atlas?.getState().region)).toBe('rongchang');
    await page.getByRole('button', { name: 'Sichuan — Zhejiang' }).click();
    await expect(page.locator('#log')).toContainText(
      'atlas:select sichuan~zhejiang 四川省 (Sichuan) — 浙江省 (Zhejiang)',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await expect(frame.locator('.embed-header h1')).toHaveText('Sichuan — Zhejiang');
    await expect(page.locator('#log')).toContainText('atlas:resize');
  });

  test('a host not listed in origins= is ignored, and malformed messages change nothing', async ({
    page,
    baseURL,
    guards,
  }) => {
    guards.allowedOrigins.push(host.origin);
    await page.goto(
      `${host.origin}/embed-example.html?allow=0&atlas=${encodeURIComponent(baseURL ?? '')}`,
    );
    const frame = await atlasFrame(page);
    await page.getByRole('button', { name: 'Rongchang' }).click();
    await page.evaluate(() => {
      const target = document.querySelector('iframe')?.contentWindow;
      for (const data of [null, 'atlas:set', { type: 'atlas:set', state: { region: 5 } }, {}]) {
        target?.postMessage(data, '*');
      }
    });
    // The sender is told why (a trailing-slash or file:// origin is the usual mistake).
    await expect(page.locator('#log')).toContainText(
      `atlas:rejected origin: 不接受来自 ${host.origin} 的消息`,
    );
    await page.waitForTimeout(1000);
    expect(await frame.evaluate(() => window.atlas?.getState().region)).toBeNull();
    await expect(page.locator('#log')).not.toContainText('atlas:select');
    // Anyone may listen: a click inside the atlas is still reported.
    const point = await frame.evaluate(() => window.atlas?.screenPoint('chongqing') ?? null);
    const box = await page.locator('iframe').boundingBox();
    expect(point && box).toBeTruthy();
    if (point && box) await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect(page.locator('#log')).toContainText('atlas:select chongqing');
  });
});

test('the Embed dialog pins every parameter and copies the snippet', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAtlas(page, '?region=rongchang');
  await page.getByRole('button', { name: '嵌入' }).click();
  const dialog = page.getByRole('dialog', { name: '嵌入到网页' });
  const code = dialog.getByRole('textbox', { name: '嵌入代码' });
  await expect(code).toHaveValue(/<iframe src="[^"]*embed=1/);
  const value = await code.inputValue();
  for (const p of ['region=rongchang', 'years=', 'sectors=', 'lang=zh', 'theme=light']) {
    expect(value).toContain(p);
  }
  await dialog.getByRole('radio', { name: '自适应高度' }).check();
  await expect(code).toHaveValue(/atlas:resize/);
  await dialog.getByRole('button', { name: '复制代码' }).click();
  await expect(dialog.getByRole('status')).toContainText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('atlas:resize');
});
