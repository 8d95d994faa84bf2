/**
 * Flows at 10,000 articles (issue 17): the realistic synthetic atlas's first view is
 * legible (a bounded number of flows, merged where links crowd, no label over another,
 * every link either drawn or counted in the "+N weaker flows" note), zooming in breaks
 * flows out, and a merged flow says what it holds and opens its panel.
 */
import { formatCount } from '../src/domain/format';
import { labelOverlaps, type MapSnapshot } from '../src/mapmodel/snapshot';
import { expect, openAtlas, test } from './fixtures';
import {
  linksAccounted,
  realisticLinks,
  REALISTIC_QUERY,
  serveRealistic,
  snapshot,
} from './realistic';

/** The map's budget of drawn flows (src/mapmodel/flowLayout.ts). */
const MAX_DRAWN_FLOWS = 150;

/** Links per drawn flow: how merged the picture is. */
const linksPerFlow = (snap: MapSnapshot) =>
  snap.geojson.flows.features.reduce((n, f) => n + f.properties.links, 0) /
  Math.max(1, snap.flows.drawn);

test.describe('flows at 10,000 articles', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await serveRealistic(page);
  });

  test('the first view draws a legible number of flows and accounts for every link', async ({
    page,
  }) => {
    const links = realisticLinks();
    expect(links).toBeGreaterThan(1000);

    await openAtlas(page, `${REALISTIC_QUERY}&lang=en`);
    const snap = await snapshot(page);
    expect(snap.flows.drawn).toBeGreaterThan(10);
    expect(snap.flows.drawn).toBeLessThanOrEqual(MAX_DRAWN_FLOWS);
    // Crowded places merge: some flows stand for several links.
    expect(snap.geojson.flows.features.some((f) => f.properties.merged === 1)).toBe(true);
    // No link is silently dropped: drawn, or counted in the note under the map.
    expect(linksAccounted(snap)).toBe(links);
    if (snap.weaker.flows > 0) {
      await expect(page.locator('.atlas-map__capped')).toContainText(
        `+${snap.weaker.flows.toLocaleString('en')} weaker flows not drawn`,
      );
    }
    expect(snap.labels.length).toBeGreaterThan(10);
    expect(labelOverlaps(snap.labels)).toBe(0);

    await page.evaluate(() => window.atlas?.setState({ lang: 'zh' }));
    await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
    await expect
      .poll(async () => (await snapshot(page)).labels.some((l) => /[\u4e00-\u9fff]/.test(l.text)))
      .toBe(true);
    const zh = await snapshot(page);
    expect(zh.labels.length).toBeGreaterThan(10);
    expect(labelOverlaps(zh.labels)).toBe(0);
  });

  test('a view of the country without the South China Sea islands gets their inset', async ({
    page,
  }) => {
    // 1280×600, embedded: the whole country fits but the islands fall below the view. The SVG
    // map loads the boundaries the inset draws only when a view needs it.
    await page.setViewportSize({ width: 1280, height: 600 });
    await openAtlas(page, `${REALISTIC_QUERY}&lang=zh&embed=1`);
    const inset = page.locator('.svgmap .atlas-map__inset');
    await expect(inset).toBeVisible();
    await expect(inset).toHaveAccessibleName('南海诸岛');
    expect(await inset.locator('path').count()).toBeGreaterThan(3);
  });

  test('zooming in breaks the flows out into the links inside the view', async ({ page }) => {
    await openAtlas(page, `${REALISTIC_QUERY}&lang=en`);
    const before = await snapshot(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 3; i++) await zoomIn.click();
    const singles = (snap: typeof before) =>
      snap.geojson.flows.features.filter((f) => f.properties.links === 1).length;
    // Read until the map has settled at the new camera (the labels are placed after the move).
    await expect
      .poll(
        async () => {
          const after = await snapshot(page);
          return {
            fewerLinksPerFlow: linksPerFlow(after) < linksPerFlow(before),
            // Single links come out where they are legible.
            moreSingleLinks: singles(after) > singles(before),
            withinBudget: after.flows.drawn <= MAX_DRAWN_FLOWS,
            // The places opened up are named (labels placed again for the new flows), apart.
            labelsPlaced: after.labels.length > 5,
            labelOverlaps: labelOverlaps(after.labels),
          };
        },
        { timeout: 20_000 },
      )
      .toEqual({
        fewerLinksPerFlow: true,
        moreSingleLinks: true,
        withinBudget: true,
        labelsPlaced: true,
        labelOverlaps: 0,
      });
  });

  test('a merged flow says what it holds on hover, and a click opens it in the panel', async ({
    page,
  }) => {
    await openAtlas(page, `${REALISTIC_QUERY}&lang=en`);
    const snap = await snapshot(page);
    const merged = snap.geojson.flows.features
      .filter((f) => f.properties.merged === 1)
      .sort((a, b) => b.properties.count - a.properties.count);
    // The busiest merged flow whose middle is free to point at.
    let chosen: { key: string; links: number; count: number; x: number; y: number } | null = null;
    for (const f of merged) {
      const at = snap.flowPoints.find((p) => p.key === f.properties.key);
      if (!at) continue;
      await page.mouse.move(at.x, at.y);
      const tooltip = page.locator('.atlas-map__tooltip');
      if ((await tooltip.isVisible()) && (await tooltip.textContent())?.includes(' links · ')) {
        chosen = { ...f.properties, ...at };
        break;
      }
    }
    if (!chosen) throw new Error('no merged flow could be pointed at');
    const tooltip = page.locator('.atlas-map__tooltip');
    await expect(tooltip).toContainText(
      `${formatCount(chosen.links, 'en')} links · ${formatCount(chosen.count, 'en')} event`,
    );
    await expect(tooltip).toContainText(/\d{4}(–\d{4})?/);

    await page.mouse.click(chosen.x, chosen.y);
    await expect(page).toHaveURL(/[?&]flow=/);
    const panel = page.locator('#panel');
    await expect(panel.getByText('Merged flow', { exact: false }).first()).toBeVisible();
    await expect(panel.locator('.subtitle')).toContainText(
      `${formatCount(chosen.links, 'en')} links · ${formatCount(chosen.count, 'en')} event`,
    );
    // The selection shows its own links at full detail: more than one flow where it was one.
    await expect.poll(async () => (await snapshot(page)).flows.drawn).toBeGreaterThan(0);
  });
});
