/**
 * A large atlas as `npm run data` and `npm run synth` write it (format 3): the core file
 * points to its pack, which the worker reads and the page unpacks, with no JSON parsed.
 */
import { expect, openAtlas, test } from './fixtures';
import { linksAccounted, PACKED_QUERY, realisticLinks, servePacked, snapshot } from './realistic';

test.describe('a large atlas read from its pack', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  test('shows all of it: every article, every link, every quote', async ({ page }) => {
    const asked = await servePacked(page);
    await openAtlas(page, `${PACKED_QUERY}&lang=en`);
    expect(asked.slice(0, 2)).toEqual(['packed/realistic.json', 'packed/realistic.pack']);
    const panel = page.locator('#panel');
    await expect(panel.locator('.stats dd').first()).toHaveText('10,000');
    expect(linksAccounted(await snapshot(page))).toBe(realisticLinks());
    // The detail files sit next to the core, as its pack says.
    await expect(panel.locator('.article-card .summary').first()).not.toBeEmpty();
  });

  // Also: the page's baked picture was drawn from the seed atlas, so the live map must fit this
  // atlas's own first view, not start at the picture's camera (it did, in both languages).
  for (const [lang, articles] of [
    ['en', '10,000'],
    ['zh', '1万'],
  ] as const) {
    test(`as the app's own atlas (what npm run data writes for 10,000 articles) loads the same, ${lang}`, async ({
      page,
    }) => {
      const asked = await servePacked(page, { core: 'data/atlas.json', detailDir: 'detail' });
      await openAtlas(page, `?lang=${lang}`);
      expect(asked).toContain('data/atlas.pack');
      await expect(page.locator('#panel .stats dd').first()).toHaveText(articles);
      expect(linksAccounted(await snapshot(page))).toBe(realisticLinks());
    });
  }

  test('refuses a pack that is not the one its core names, and says so', async ({ page }) => {
    await servePacked(page, {
      change: (path, content) =>
        path.endsWith('.pack') && content instanceof Uint8Array
          ? content.map((b, i) => (i === content.length - 2 ? b ^ 1 : b))
          : content,
    });
    await page.goto(`./${PACKED_QUERY}&lang=en`);
    await expect(page.getByRole('alert')).toContainText(
      'The file realistic.pack does not belong to this atlas',
    );
    await expect(page.getByRole('alert')).toContainText('Copy the whole data folder again');
  });

  test('names the pack when it is missing', async ({ page }) => {
    await servePacked(page, {
      change: (path, content) => (path.endsWith('.pack') ? null : content),
    });
    await page.goto(`./${PACKED_QUERY}&lang=en`);
    await expect(page.getByRole('alert')).toContainText('realistic.pack');
    await expect(page.getByRole('alert')).toContainText('404');
  });

  test("names a detail file that is not this atlas's, read by the worker, in the article list", async ({
    page,
  }) => {
    await servePacked(page, {
      change: (path, content) =>
        path.includes('.detail/') && typeof content === 'string' ? `${content} ` : content,
    });
    await openAtlas(page, `${PACKED_QUERY}&lang=en`);
    const note = page.locator('#panel .article-card [role="alert"]').first();
    await expect(note).toContainText('realistic.detail/');
    await expect(note).toContainText('does not belong to this atlas');
  });
});
