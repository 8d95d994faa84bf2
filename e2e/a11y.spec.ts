import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openAtlas, test } from './fixtures';

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`,
      ),
    );
}

test.describe('keyboard', () => {
  test('the first Tab reaches the skip links; the panel link focuses the panel heading', async ({
    page,
  }) => {
    await openAtlas(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到详情面板' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel h2')).toBeFocused();
    await expect(page.locator('#panel h2')).toHaveText('概览');
  });

  test('the region list: search, arrows, Enter selects, Esc goes back with focus restored', async ({
    page,
  }) => {
    await openAtlas(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到地区与合作关系列表' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '地区列表' })).toBeFocused();
    await page.keyboard.press('Enter');
    const search = page.getByRole('searchbox', { name: '搜索地区或合作关系' });
    await expect(search).toBeFocused();

    // Arrows move through every row, Home/End jump, ↑ from the first row returns to the search.
    await page.keyboard.press('ArrowDown');
    const rows = page.locator('#region-list [data-item]');
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(rows.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(search).toBeFocused();

    await page.keyboard.type('荣昌');
    await expect(page.locator('#region-list [role="status"]')).toContainText('找到 1 个地区');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toContain('荣昌区');
    await page.keyboard.press('Enter');

    const heading = page.locator('#panel h2');
    await expect(heading).toHaveText('荣昌区');
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(/region=rongchang/);
    await expect(page.locator('.visually-hidden[role="status"]')).toHaveText(
      /已选择地区：荣昌区，\d+ 个事件。/,
    );
    await expect(page.locator('[data-item="region:rongchang"]')).toHaveAttribute(
      'aria-current',
      'true',
    );

    await page.keyboard.press('Escape');
    await expect(heading).toHaveText('概览');
    await expect(page.locator('[data-item="region:rongchang"]')).toBeFocused();
    await expect(page).not.toHaveURL(/region=/);
    await expect(page.locator('.visually-hidden[role="status"]')).toHaveText('已返回概览。');

    // Esc on a row clears the selection too.
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('荣昌区');
    await page.locator('[data-item="region:rongchang"]').focus();
    await page.keyboard.press('Escape');
    await expect(heading).toHaveText('概览');
  });

  test('focus goes into the reader and back to the button that opened it', async ({ page }) => {
    await openAtlas(page, '?region=rongchang');
    const open = page.locator('#panel').getByRole('button', { name: '阅读全文' }).first();
    await open.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel h2')).toBeFocused();
    await expect(page.locator('#panel .article-text')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel h2')).toHaveText('荣昌区');
    await expect(open).toBeFocused();
    // Then Esc again: back to the overview, focus on its heading (the trigger was the URL).
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel h2')).toHaveText('概览');
    await expect(page.locator('#panel h2')).toBeFocused();
  });

  test('a link chosen in the panel opens the link panel; going back restores focus', async ({
    page,
  }) => {
    await openAtlas(page);
    const first = page.locator('#panel .link-list button').first();
    const name = (await first.locator('.pair-name').textContent()) ?? '';
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel h2')).toHaveText(name);
    await expect(page.locator('#panel h2')).toBeFocused();
    await page.getByRole('button', { name: /返回概览/ }).press('Enter');
    await expect(page.locator('#panel .link-list button').first()).toBeFocused();
  });
});

test.describe('text alternative', () => {
  test('describes the map and follows the filters', async ({ page }) => {
    await openAtlas(page);
    const description = page.locator('#map-description');
    await expect(page.locator('.map-area')).toHaveAttribute('aria-describedby', 'map-description');
    await expect(description).toHaveText(
      /^地图显示 2014–2024 年的 \d+ 个地区和 \d+ 条合作关系；行业：.+。最活跃的地区：四川省（\d+）/,
    );
    // The counts are the region list's: the description and the list mirror the same map.
    await page.getByRole('button', { name: '地区列表' }).click();
    const counts = await page.locator('#region-list h3 .count').allTextContents();
    await expect(description).toContainText(`${counts[0]} 个地区和 ${counts[1]} 条合作关系`);
    await page.getByRole('combobox', { name: '起始年份' }).selectOption('2019');
    await page.getByRole('combobox', { name: '结束年份' }).selectOption('2019');
    await expect(description).toHaveText(/^地图显示 2019 年的 \d+ 个地区和 \d+ 条合作关系/);
    await expect(page.locator('.visually-hidden[role="status"]')).toHaveText(/^筛选结果：/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(description).toHaveText(
      /^The map shows \d+ regions and \d+ links?, 2019; sectors: /,
    );
  });
});

test.describe('languages', () => {
  test('the default follows the browser language', async ({ browser }) => {
    for (const [locale, title, lang] of [
      ['en-GB', 'Cooperation Atlas', 'en'],
      ['zh-TW', '区域协作地图', 'zh-Hans'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await openAtlas(page);
      await expect(page.locator('h1')).toHaveText(title);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await context.close();
    }
  });

  test('the switch keeps the view, and English shows no Chinese outside quotes', async ({
    page,
  }) => {
    await openAtlas(page, '?region=rongchang&years=2016-2024');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/region=rongchang/);
    await expect(page).toHaveURL(/years=2016-2024/);
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.locator('#panel h2')).toHaveText('Rongchang');
    await expect(page.locator('#panel').getByText('CNY 15 billion', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Region list' }).click();
    await page.locator('.sector-picker summary').click();
    // Every text node outside an element marked as Chinese (quotes, article text, the other-language name).
    const chinese = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const host = node.parentElement;
        if (!host || !/\p{Script=Han}/u.test(text)) continue;
        if (host.closest('[lang^="zh"], .visually-hidden, script, style')) continue;
        if (!host.checkVisibility()) continue;
        out.push(text.trim().slice(0, 40));
      }
      return out;
    });
    expect(chinese).toEqual([]);
  });
});

test.describe('axe: no serious or critical violations', () => {
  test('overview, region list, filters open', async ({ page }) => {
    await openAtlas(page);
    expect.soft(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '地区列表' }).click();
    await page.locator('.sector-picker summary').click();
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    expect.soft(await seriousViolations(page)).toEqual([]);
  });

  test('region panel, link panel and reader', async ({ page }) => {
    await openAtlas(page, '?region=rongchang');
    await page.locator('#panel .source-quote summary').first().click();
    expect.soft(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.atlas?.setState({ pair: 'sichuan~zhejiang' }));
    await expect(page.locator('#panel h2')).toContainText('四川省');
    expect.soft(await seriousViolations(page)).toEqual([]);
    await page.locator('#panel').getByRole('button', { name: '阅读全文' }).first().click();
    await expect(page.locator('#panel .article-text')).toBeVisible();
    expect.soft(await seriousViolations(page)).toEqual([]);
  });

  test('the legend keeps its text readable in the dark theme', async ({ page }) => {
    await openAtlas(page, '?theme=dark');
    // The browser resolves the computed colours (rgb(), color-mix(), …) through a canvas.
    const ratio = await page.locator('.legend summary').evaluate((summary) => {
      const rgb = (css: string) => {
        const c = document.createElement('canvas').getContext('2d');
        if (!c) return [0, 0, 0];
        c.fillStyle = css;
        c.fillRect(0, 0, 1, 1);
        return [...c.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const channel = (v: number) =>
        v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4;
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0] = rgb(css);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const legend = summary.closest('.legend');
      const text = luminance(getComputedStyle(summary).color);
      const back = luminance(legend ? getComputedStyle(legend).backgroundColor : 'white');
      return (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  test('English, dark theme and embed mode', async ({ page }) => {
    await openAtlas(page, '?lang=en&region=rongchang');
    expect.soft(await seriousViolations(page)).toEqual([]);
    await openAtlas(page, '?theme=dark&region=rongchang');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect.soft(await seriousViolations(page)).toEqual([]);
    await openAtlas(page, '?embed=1');
    expect.soft(await seriousViolations(page)).toEqual([]);
  });
});
