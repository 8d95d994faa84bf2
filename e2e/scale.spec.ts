import type { Page } from '@playwright/test';
import { synthAtlas } from '../scripts/bench/synthAtlas';
import { synthBase } from '../scripts/synth';
import { AtlasCoreFileSchema } from '../src/domain/compiledSchema';
import { expect, openAtlas, test } from './fixtures';
import { REALISTIC_QUERY, serveRealistic } from './realistic';

test('a large atlas draws its panel lists a page at a time', async ({ page }) => {
  // A format 1 atlas (detail inline) in place of the app's own: read and validated by the worker.
  await page.route('**/data/atlas.json', async (route) => {
    const real = AtlasCoreFileSchema.parse(await (await route.fetch()).json());
    await route.fulfill({ json: synthAtlas(synthBase(real), { seed: 7, articles: 300 }).atlas });
  });
  await openAtlas(page);
  const panel = page.locator('#panel');
  const articles = panel.locator('dt', { hasText: '报道' }).locator('xpath=following-sibling::dd');
  const total = Number(await articles.textContent());
  expect(total).toBeGreaterThanOrEqual(300);

  const cards = panel.locator('.article-card');
  await expect(cards).toHaveCount(50);
  const more = panel.getByRole('button', { name: /^再显示 \d+ 条/ });
  await expect(more).toHaveText(`再显示 50 条（尚有 ${total - 50} 条未显示）`);
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(100);
  // Focus goes to the first new article, not back to the top or to the moved button.
  await expect(cards.nth(50)).toBeFocused();
  await expect(more).toHaveText(`再显示 50 条（尚有 ${total - 100} 条未显示）`);

  // A new filter is a new list: it starts again at one page.
  await page.evaluate(() => window.atlas?.setState({ years: '2019-2020' }));
  await expect(articles).not.toHaveText(String(total));
  const filtered = Number(await articles.textContent());
  expect(filtered).toBeLessThan(total);
  await expect(cards).toHaveCount(Math.min(50, filtered));
  const firstTitle = await cards.first().locator('h4').textContent();
  expect(firstTitle).toBeTruthy();
});

test.describe('numbers at 10,000 articles', () => {
  /** Every visible stat card's number: its text, how many line boxes it takes, and whether it stays inside its card. */
  function statCards(page: Page) {
    return page.locator('.stats dd').evaluateAll((dds) =>
      dds.map((dd) => {
        const range = document.createRange();
        range.selectNodeContents(dd);
        const lines = [...range.getClientRects()];
        const card = dd.parentElement;
        const cardBox = card?.getBoundingClientRect();
        const padding = card ? parseFloat(getComputedStyle(card).paddingRight) : 0;
        const fontSize = parseFloat(getComputedStyle(dd).fontSize);
        // The cards' row must fit the column it sits in, not widen past it.
        const column = card?.parentElement?.parentElement;
        const columnRight = column
          ? column.getBoundingClientRect().right - parseFloat(getComputedStyle(column).paddingRight)
          : 0;
        return {
          text: dd.textContent ?? '',
          lines: new Set(lines.map((r) => Math.round(r.top))).size,
          oneLineHigh: dd.getBoundingClientRect().height < 2 * fontSize,
          inside: Math.max(...lines.map((r) => r.right)) <= (cardBox?.right ?? 0) - padding + 0.5,
          cardInColumn: (cardBox?.right ?? Infinity) <= columnRight + 0.5,
        };
      }),
    );
  }

  async function expectCardsFit(page: Page, what: string) {
    const cards = await statCards(page);
    expect(cards.length, what).toBeGreaterThanOrEqual(4);
    for (const c of cards) {
      expect({ ...c, what }).toEqual({
        text: c.text,
        lines: 1,
        oneLineHigh: true,
        inside: true,
        cardInColumn: true,
        what,
      });
    }
  }

  test('every stat card keeps its number on one line inside the card, in both languages, 960×540 to 1920×1080', async ({
    page,
  }) => {
    await serveRealistic(page);
    await page.setViewportSize({ width: 960, height: 540 });
    await openAtlas(page, `${REALISTIC_QUERY}&lang=zh`);
    const first = page.locator('.stats dd').first();
    await expect(first).toHaveText('1万');
    await expect(first).toHaveAttribute('title', '10,000');
    await expectCardsFit(page, 'overview, zh, 960×540');
    await page.evaluate(() => window.atlas?.setState({ lang: 'en' }));
    await expect(first).toHaveText('10,000');
    await expectCardsFit(page, 'overview, en, 960×540');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectCardsFit(page, 'overview, en, 1920×1080');
    await page.evaluate(() => window.atlas?.setState({ lang: 'zh' }));
    await expect(first).toHaveText('1万');
    await expectCardsFit(page, 'overview, zh, 1920×1080');

    // A busy region: four-digit counts in every card.
    await page.evaluate(() => window.atlas?.setState({ region: 'shanghai' }));
    await expect(page.locator('.panel-head h2')).toHaveText('上海市');
    await expectCardsFit(page, 'Shanghai, zh, 1920×1080');
    await page.setViewportSize({ width: 960, height: 540 });
    await expectCardsFit(page, 'Shanghai, zh, 960×540');
    await page.evaluate(() => window.atlas?.setState({ lang: 'en' }));
    await expect(page.locator('.panel-head h2')).toHaveText('Shanghai');
    await expectCardsFit(page, 'Shanghai, en, 960×540');
  });
});
