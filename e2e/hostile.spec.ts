import type { Page } from '@playwright/test';
import { expect, openAtlas, test } from './fixtures';
import { HOSTILE, PWNED, serveHostileAtlas } from './fixtures/hostile';

/** Facts about the page that injected markup would change. */
async function pageFacts(page: Page) {
  return page.evaluate((pwned) => {
    const panel = document.getElementById('panel');
    const list = document.getElementById('region-list');
    return {
      pwned: pwned in window,
      // The page's own scripts are in <head> (the build's inline ones and the app's module).
      scripts: document.body.querySelectorAll('script').length,
      injected: document.querySelectorAll(
        'img[onerror], svg[onload], [src="x"], a[href^="javascript:"], #root script',
      ).length,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      panelWidth: panel?.getBoundingClientRect().width ?? 0,
      panelCssWidth: parseFloat(
        getComputedStyle(document.documentElement).getPropertyValue('--panel-width'),
      ),
      panelOverflow: panel ? panel.scrollWidth - panel.clientWidth : 0,
      listOverflow: list ? list.scrollWidth - list.clientWidth : 0,
    };
  }, PWNED);
}

test('a hostile atlas renders as text and keeps the layout intact', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  test.setTimeout(180_000);
  await serveHostileAtlas(page);
  await openAtlas(page);
  const panel = page.locator('#panel');
  const expectIntact = async () => {
    const facts = await pageFacts(page);
    expect(facts.pwned, 'an injected script ran').toBe(false);
    expect(facts.scripts, 'script elements in the body').toBe(0);
    expect(facts.injected, 'elements made from data markup').toBe(0);
    expect(facts.pageOverflow, 'horizontal scroll on the page').toBeLessThanOrEqual(0);
    expect(facts.panelWidth, 'panel width').toBe(facts.panelCssWidth);
    expect(facts.panelOverflow, 'horizontal overflow in the panel').toBeLessThanOrEqual(0);
    expect(facts.listOverflow, 'horizontal overflow in the region list').toBeLessThanOrEqual(0);
  };

  // Overview: markup, bidi override and a 10,000-character title, all as plain text.
  await expect(panel.getByText(HOSTILE.script, { exact: false }).first()).toBeVisible();
  await expect(panel.getByText(HOSTILE.longTitle)).toBeVisible();
  await expect(panel.getByText(HOSTILE.jsUrl, { exact: false }).first()).toBeVisible();
  await expectIntact();

  // The region list and its search take hostile names too.
  await page.getByRole('button', { name: /地区列表/ }).click();
  const search = page.getByRole('searchbox', { name: '搜索地区或合作关系' });
  await search.fill('荣昌');
  await page.locator('#region-list [data-item="region:rongchang"]').click();
  await expect(panel.locator('h2')).toHaveText(`荣昌区${HOSTILE.rtl}`);
  await expect(page).toHaveURL(/region=rongchang/);
  await expectIntact();

  // Quotes with markup, opened; then the article reader with a hostile text.
  await panel.locator('.source-quote summary').first().click();
  await expect(panel.locator('blockquote').first()).toContainText('<img');
  await panel.getByRole('button', { name: '阅读全文' }).first().click();
  await expect(panel.locator('.article-text')).toContainText(HOSTILE.script);
  await expectIntact();

  // A link panel, and the English side of every string.
  await page.getByRole('button', { name: 'English' }).click();
  await page.evaluate(() => window.atlas?.setState({ pair: 'sichuan~zhejiang' }));
  await expect(panel.locator('h2')).toContainText('Sichuan');
  await page.locator('.sector-picker summary').click();
  await expect(page.getByRole('checkbox', { name: new RegExp(HOSTILE.unbroken) })).toBeVisible();
  await expectIntact();

  expect(dialogs).toEqual([]);
});
