/**
 * The data the benchmark serves next to the app: both synthetic atlases (written by
 * `npm run synth`'s writer, then copied into the served build), every atlas read
 * back for the interaction scripts and the sizes, and the floor page's GeoJSON.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Atlas } from '../../src/domain/schema';
import { packPathOf } from '../atlas/compile';
import { readCompiled } from '../atlas/readCompiled';
import { copySynthAtlas, writeSynthAtlas } from '../synth';
import type { FirstView } from './legibilityRun';
import { SCENARIO_NAMES, SYNTH_URLS, type PerScenario, type ScenarioName } from './scenarios';
import type { ShapedStats } from './synthShapes';

/** One served atlas: its core file's bytes and its pack's (what the page loads first), and its records. */
export interface ServedAtlas {
  readonly bytes: Buffer;
  readonly atlas: Atlas;
}

type SynthName = keyof typeof SYNTH_URLS;

async function readAtlas(path: string): Promise<ServedAtlas> {
  const pack = join(dirname(path), packPathOf(path));
  const parts = [await readFile(path), ...(existsSync(pack) ? [await readFile(pack)] : [])];
  return { bytes: Buffer.concat(parts), atlas: readCompiled(path).full };
}

/** Writes one synthetic atlas and copies it to where the benchmark serves it. */
async function writeServed(
  dist: string,
  name: SynthName,
  options: { seed: number; articles: number },
  log: (line: string) => void,
): Promise<ShapedStats> {
  const shape = name === 'synthetic' ? 'uniform' : 'realistic';
  log(`writing the ${shape} synthetic atlas (${options.articles} articles, seed ${options.seed})`);
  // Only what the writer is asked for: a caller's other options (its `out`) are not the atlas's.
  const written = await writeSynthAtlas({ seed: options.seed, articles: options.articles, shape });
  await copySynthAtlas(written.out, join(dist, SYNTH_URLS[name]));
  return written;
}

/**
 * Writes the uniform (`synthetic`) and realistic atlases with `seed` and `articles`,
 * copies them into `dist`, and reads all three served atlases back.
 */
export async function prepareAtlases(
  dist: string,
  options: { seed: number; articles: number },
  log: (line: string) => void,
): Promise<{ atlases: PerScenario<ServedAtlas>; synth: Record<SynthName, ShapedStats> }> {
  const synth = {
    synthetic: await writeServed(dist, 'synthetic', options, log),
    realistic: await writeServed(dist, 'realistic', options, log),
  };
  const atlases = {
    seeds: await readAtlas(join(dist, 'data/atlas.json')),
    synthetic: await readAtlas(join(dist, SYNTH_URLS.synthetic)),
    realistic: await readAtlas(join(dist, SYNTH_URLS.realistic)),
  };
  return { atlases, synth };
}

/**
 * Writes each first view's GeoJSON where the floor page loads it (`bench/floor/<name>.json`);
 * returns the data sets that have a floor.
 */
export async function writeFloors(
  dist: string,
  views: PerScenario<FirstView | null>,
): Promise<Set<ScenarioName>> {
  const floors = new Set<ScenarioName>();
  await mkdir(join(dist, 'bench/floor'), { recursive: true });
  for (const n of SCENARIO_NAMES) {
    const floor = views[n]?.floor;
    if (!floor) continue;
    await writeFile(join(dist, `bench/floor/${n}.json`), JSON.stringify(floor));
    floors.add(n);
  }
  return floors;
}
