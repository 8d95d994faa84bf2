import { synthAtlas } from '../scripts/bench/synthAtlas';
import { synthBase } from '../scripts/synth';
import { AtlasCoreFileSchema } from '../src/domain/compiledSchema';
import { expect, openAtlas, test } from './fixtures';

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
