/** Export → PowerPoint where there is no WebGL: the SVG map draws the deck's pictures as always. */
import { CHROMIUM_ARGS_NO_WEBGL, CHROMIUM_PATH } from '../scripts/chromium';
import { distinctColours, expect, openAtlas, test } from './fixtures';
import { exportDeck, pngSize, readDeck } from './pptx';

test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS_NO_WEBGL] } });

test('without WebGL the deck of the current view still has its map', async ({ page }) => {
  await openAtlas(page, '?lang=zh&region=rongchang');
  const deck = readDeck(await exportDeck(page, { width: 800 }));
  expect(deck.slides).toHaveLength(2);
  expect(deck.slides[0]?.paragraphs).toContain('荣昌区');
  const picture = Object.entries(deck.files).find(([name]) => /^ppt\/media\/.+\.png$/.test(name));
  expect(picture && pngSize(picture[1])).toEqual({ width: 800, height: 450 });
  expect(distinctColours(Buffer.from(picture?.[1] ?? []))).toBeGreaterThan(60);
});
