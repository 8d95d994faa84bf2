/**
 * The realistic synthetic atlas at 10,000 articles (`npm run synth -- --shape realistic`),
 * made from the seed atlas's gazetteer and served in place of a `?data=` file: a format 1
 * file, read and validated by the atlas worker like any user's own.
 */
import type { Page } from '@playwright/test';
import { readCompiled } from '../scripts/atlas/readCompiled';
import { synthesize } from '../scripts/bench/synthShapes';
import { synthBase } from '../scripts/synth';
import type { FullAtlas } from '../src/domain/schema';

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
