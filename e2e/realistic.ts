/**
 * The realistic synthetic atlas at 10,000 articles (`npm run synth -- --shape realistic`),
 * made from the seed atlas's gazetteer and served in place of a `?data=` file: a format 1
 * file, read and validated by the atlas worker like any user's own.
 */
import { expect, type Page } from '@playwright/test';
import { compileAtlas } from '../scripts/atlas/compile';
import { readCompiled } from '../scripts/atlas/readCompiled';
import { synthesize } from '../scripts/bench/synthShapes';
import { synthBase } from '../scripts/synth';
import { buildIndex } from '../src/domain/atlasIndex';
import { NO_FILTERS } from '../src/domain/filters';
import type { FullAtlas } from '../src/domain/schema';
import { selectView } from '../src/domain/select';
import { splitFullAtlas } from '../src/domain/split';
import type { MapSnapshot } from '../src/mapmodel/snapshot';

/** The query that opens it. */
export const REALISTIC_QUERY = '?data=realistic-10k.json';

let made: { atlas: FullAtlas; json: string } | null = null;

/** The atlas (made once per worker: about 2 s). */
export function realisticAtlas(): { atlas: FullAtlas; json: string } {
  if (!made) {
    const base = synthBase(readCompiled('public/data/atlas.json').full);
    const { atlas } = synthesize(base, { shape: 'realistic', seed: 1, articles: 10_000 });
    made = { atlas, json: JSON.stringify(atlas) };
  }
  return made;
}

/** Serves it at the path {@link REALISTIC_QUERY} names. */
export async function serveRealistic(page: Page): Promise<void> {
  const { json } = realisticAtlas();
  await page.route('**/realistic-10k.json', (route) =>
    route.fulfill({ body: json, contentType: 'application/json' }),
  );
}

/** The query that opens it compiled as `npm run synth` writes it: a format 3 core and its pack. */
export const PACKED_QUERY = '?data=packed/realistic.json';

/**
 * Serves it compiled (core pointer, pack, detail files) as `core` names it, `packed/` by
 * default; `change` may replace a file's content (or drop it: null) before it is served.
 * Other files of the folder come from the server. Returns the paths asked for.
 */
export async function servePacked(
  page: Page,
  {
    core = 'packed/realistic.json',
    detailDir = 'realistic.detail',
    change = (_: string, content: string | Uint8Array): string | Uint8Array | null => content,
  } = {},
): Promise<string[]> {
  const folder = core.slice(0, core.lastIndexOf('/') + 1);
  const files = compileAtlas(realisticAtlas().atlas, null, {
    corePath: core,
    detailDir,
    textsDir: null,
    pretty: false,
  });
  const asked: string[] = [];
  await page.route(`**/${folder}**`, (route) => {
    const path = `${folder}${new URL(route.request().url()).pathname.split(`/${folder}`)[1] ?? ''}`;
    const file = files.find((f) => f.path === path);
    if (!file) return route.continue();
    asked.push(path);
    const content = change(path, file.content);
    return content === null
      ? route.fulfill({ status: 404, body: 'File not found' })
      : route.fulfill({ body: Buffer.from(content) });
  });
  return asked;
}

/** How many links the whole atlas has, unfiltered (computed here, not asked of the page). */
export function realisticLinks(): number {
  const index = buildIndex(splitFullAtlas(realisticAtlas().atlas).atlas);
  return selectView(index, NO_FILTERS).links.length;
}

/** What the map draws now (`window.atlas.mapSnapshot()`), once it has drawn. */
export async function snapshot(page: Page): Promise<MapSnapshot> {
  await expect
    .poll(() => page.evaluate(() => window.atlas?.mapSnapshot() != null), {
      message: 'the map has drawn',
    })
    .toBe(true);
  const snap = await page.evaluate(() => window.atlas?.mapSnapshot() ?? null);
  if (!snap) throw new Error('the map has drawn nothing');
  return snap;
}

/** Links held by the drawn flows plus those the weaker-flows note counts. */
export function linksAccounted(snap: MapSnapshot): number {
  const drawn = snap.geojson.flows.features.reduce((n, f) => n + f.properties.links, 0);
  return drawn + snap.weaker.links;
}
