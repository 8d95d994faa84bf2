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
  // The first cards are drawn at once; the rest of the page as the list's end nears the view.
  await expect(cards).toHaveCount(12);
  const more = panel.getByRole('button', { name: /^再显示 \d+ 条/ });
  await expect(more).toHaveText(`再显示 50 条（尚有 ${total - 12} 条未显示）`);
  await more.scrollIntoViewIfNeeded();
  await expect(cards).toHaveCount(50);
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
  // Scrolled down where the old list ended, the new one draws its whole first page.
  await expect(cards).toHaveCount(Math.min(50, filtered));
  const firstTitle = await cards.first().locator('h4').textContent();
  expect(firstTitle).toBeTruthy();
});

test("a busy pair's ledger at 10,000 articles: paged, and its charts' labels apart", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await serveRealistic(page);
  await openAtlas(page, `${REALISTIC_QUERY}&lang=en`);
  // 上海—云南 carries 2,366 events in the realistic atlas.
  await page.evaluate(() => window.atlas?.setState({ pair: 'shanghai~yunnan' }));
  const ledger = page.locator('#panel .ledger');
  const entries = ledger.locator('.ledger-entries > li');
  // A page of entries (its end is near the view, so drawn whole), and the way to the rest.
  await expect(entries).toHaveCount(50);
  await expect(ledger.locator('.ledger-entries + .show-more')).toHaveText(
    /^Show 50 more \([\d,]+ not shown\)$/,
  );
  // Each figure's reports under its chart: a page at most, and the way to the rest.
  const points = await ledger
    .locator('.ledger-series__points')
    .evaluateAll((lists) => lists.map((l) => l.children.length));
  expect(points.length).toBeGreaterThan(0);
  for (const n of points) expect(n).toBeLessThanOrEqual(50);
  await expect(ledger.locator('.ledger-series__points + .show-more').first()).toBeVisible();

  const charts = await ledger.locator('.series-chart').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const boxes = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
      let overlaps = 0;
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const apart =
            a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          if (!apart) overlaps++;
        }),
      );
      return { dots: svg.querySelectorAll('circle').length, labels: boxes.length, overlaps };
    }),
  );
  expect(charts.length).toBeGreaterThan(0);
  // Some series hold dozens of reports: those are the charts that crowded.
  expect(Math.max(...charts.map((c) => c.dots))).toBeGreaterThanOrEqual(20);
  for (const c of charts) expect(c).toEqual({ ...c, overlaps: 0 });
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
