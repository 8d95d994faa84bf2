/**
 * The static floor of the first paint: the built `index.html` with its code taken out (no
 * module script, no module or data preloads), so it holds the same baked map, styles and
 * label font as the atlas and nothing else. A map cannot be on screen sooner than this page
 * shows it; the atlas's "first on screen" is read against it (target ≤ 1.3).
 *
 * Also the cost of the baked map in the page: the gzip size of `index.html` with it, less
 * the page built without it (`ATLAS_INLINE_MAP=off`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipKb } from './size';
import { round } from './stats';

/** Where the floor page is served: next to `index.html`, so its relative URLs hold. */
export const STATIC_FLOOR = 'static-floor.html';
/** Where the app built without the baked map is served. */
export const NO_INLINE_APP = 'bench/no-inline/';

/** `html` without its code: module scripts, module preloads and fetch preloads. */
export function staticFloorPage(html: string): string {
  return html
    .replace(/<script type="module"[^>]*><\/script>\s*/gi, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/gi, '')
    .replace(/<link\s+rel="preload"[^>]*as="fetch"[^>]*\/?>\s*/gi, '');
}

/** Writes the floor page from `dist/index.html`. */
export async function writeStaticFloor(dist: string): Promise<void> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  await writeFile(join(dist, STATIC_FLOOR), staticFloorPage(html));
}

/** gzip kB of `index.html` with the baked map, without it, and the difference. */
export interface InlineMapSize {
  readonly pageKbGzip: number;
  readonly noInlineKbGzip: number;
  /** What the baked map adds (target ≤ 120). */
  readonly inlineKbGzip: number;
}

/** Reads {@link InlineMapSize} from the two builds in `dist`. */
export async function inlineMapSize(dist: string): Promise<InlineMapSize> {
  const page = gzipKb(await readFile(join(dist, 'index.html')));
  const bare = gzipKb(await readFile(join(dist, NO_INLINE_APP, 'index.html')));
  return { pageKbGzip: page, noInlineKbGzip: bare, inlineKbGzip: round(page - bare) };
}
