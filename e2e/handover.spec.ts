/**
 * With WebGL: the SVG map is the map at rest and hands over to MapLibre once the camera
 * moves, without a jump, keeping the focus; it comes back where MapLibre was when the WebGL
 * context is lost, and stays when MapLibre's boundaries cannot load.
 */
import {
  clickRegion,
  expect,
  handOverToWebgl,
  mapMarks,
  openAtlas,
  test,
  waitForWebgl,
  allowConsoleErrors,
} from './fixtures';

// Generous: the WebGL pages run on a software rasteriser, often on a busy machine.
test.setTimeout(300_000);

test('with WebGL the SVG map is the map at rest; the first drag hands over to MapLibre without a jump', async ({
  page,
}) => {
  await openAtlas(page);
  const { paint, interactive } = await mapMarks(page);
  expect(paint).not.toBeNull();
  expect(interactive).not.toBeNull();
  expect(paint ?? Infinity).toBeLessThan(interactive ?? -Infinity);
  // Ready, filtered and selected: still the SVG map, and MapLibre not even loaded.
  await page.evaluate(() => window.atlas?.setState({ years: '2019-2021' }));
  await clickRegion(page, 'chongqing');
  await expect(page).toHaveURL(/[?&]region=chongqing(&|$)/);
  await page.waitForTimeout(500);
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => r.name),
  );
  expect(scripts.filter((name) => /maplibre-gl/.test(name))).toEqual([]);
  // A drag moves the SVG map; MapLibre starts under it and takes over at the same camera.
  const box = await page.locator('.svgmap svg').boundingBox();
  if (!box) throw new Error('no SVG map');
  const from = { x: box.x + box.width * 0.7, y: box.y + box.height * 0.8 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x - i * 10, from.y - i * 4);
  await page.mouse.up();
  const point = () => page.evaluate(() => window.atlas?.screenPoint('chongqing') ?? null);
  await expect.poll(point).not.toBeNull();
  const dragged = await point();
  await waitForWebgl(page);
  const after = await point();
  expect(Math.abs((after?.x ?? 0) - (dragged?.x ?? 0))).toBeLessThan(2);
  expect(Math.abs((after?.y ?? 0) - (dragged?.y ?? 0))).toBeLessThan(2);
  await clickRegion(page, 'rongchang');
  await expect(page).toHaveURL(/[?&]region=rongchang(&|$)/);
});

test('with WebGL, a key on the SVG map hands over to MapLibre, which keeps the focus', async ({
  page,
}) => {
  await openAtlas(page);
  await page.locator('.svgmap svg').focus();
  await page.keyboard.press('+');
  await waitForWebgl(page);
  expect(
    await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')),
  ).toBe(true);
  const point = () => page.evaluate(() => window.atlas?.screenPoint('chongqing') ?? null);
  await expect.poll(point).not.toBeNull();
  const before = await point();
  await page.keyboard.press('-');
  await expect.poll(async () => (await point())?.x).not.toBe(before?.x);
});

test('with WebGL, when the context is lost after the hand-over the SVG map comes back where MapLibre was', async ({
  page,
}) => {
  await openAtlas(page);
  await handOverToWebgl(page);
  const point = () => page.evaluate(() => window.atlas?.screenPoint('chongqing') ?? null);
  await expect.poll(point).not.toBeNull();
  const before = await point();
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
    const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  await expect(page.locator('.svgmap__notice')).toContainText('图形上下文丢失');
  await expect(page.locator('.svgmap svg')).toBeVisible();
  await expect.poll(point).toEqual(before);
  await clickRegion(page, 'chongqing');
  await clickRegion(page, 'rongchang');
  await expect(page).toHaveURL(/[?&]region=rongchang(&|$)/);
});

test('with WebGL but no boundaries for it, the SVG map stays and its notice says why', async ({
  page,
  guards,
}) => {
  // Only the TopoJSON MapLibre draws from fails; the SVG map's own file still loads.
  await page.route('**/data/boundaries.json', (route) => route.fulfill({ status: 404 }));
  await openAtlas(page);
  // MapLibre and its boundaries are asked for on the first move of the camera.
  await page.getByRole('button', { name: '放大' }).click();
  const notice = page.locator('.svgmap__notice');
  await expect(notice).toContainText('边界数据无法加载');
  await expect(notice).not.toContainText('此浏览器无法使用');
  const svg = page.locator('.svgmap svg');
  await expect(svg).toBeVisible();
  // It keeps its own fitted view, not the camera of the MapLibre map that never drew (zoom 3).
  expect(Number(await svg.getAttribute('data-zoom'))).toBeGreaterThan(4);
  await clickRegion(page, 'chongqing');
  await clickRegion(page, 'rongchang');
  await expect(page).toHaveURL(/[?&]region=rongchang(&|$)/);
  await expect(page.locator('#panel h2')).toHaveText('荣昌区');
  // The browser logs the failed response itself; nothing else may be logged.
  allowConsoleErrors(guards, /status of 404/);
});
