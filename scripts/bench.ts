/**
 * `npm run bench [-- --runs 7 --changes 50 --seed 1 --articles 10000]`: builds
 * the app and the baseline page, writes the synthetic atlas, serves `dist/`
 * with `vite preview`, drives the system Chromium and measures load,
 * interaction, heap, size and ingest side by side in one run. Prints a table
 * and writes `bench/results.json`. Nothing here asserts a time: the targets are
 * reported, not enforced.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Atlas } from '../src/domain/schema';
import { readCompiled } from './atlas/readCompiled';
import { buildApp, buildBenchPages } from './bench/build';
import { launch } from './bench/browser';
import { measureFirstPaint, NO_SVG_APP } from './bench/firstPaint';
import { measureIngest } from './bench/ingest';
import { measureEngineFloor, measureInteraction } from './bench/interaction';
import { measureLoad, type Scenario } from './bench/load';
import { formatTable, type BenchResults } from './bench/report';
import { serve } from './bench/server';
import { measureSize } from './bench/size';
import { copySynthAtlas, DEFAULT_SYNTH_OUT, writeSynthAtlas } from './synth';

// The benchmark builds and serves its own copy, outside the tree: a concurrent `npm run build`
// (which empties `dist/`) cannot pull pages or the synthetic atlas from under a run.
const DIST = join(tmpdir(), 'cooperation-atlas-bench', 'dist');
const SYNTH_URL = 'bench/synthetic-atlas.json';
// A second build for the app/MapLibre size split, kept out of the tree (no linter or formatter sees it).
const SPLIT_BUILD = join(tmpdir(), 'cooperation-atlas-bench-split');
const INGEST_ARTICLES = 1000;

const SCENARIOS: Readonly<Record<Scenario['name'], Scenario>> = {
  seeds: { name: 'seeds', query: '' },
  synthetic: { name: 'synthetic', query: `?data=${SYNTH_URL}` },
};

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      changes: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      articles: { type: 'string', default: '10000' },
      out: { type: 'string', default: 'bench/results.json' },
    },
  });
  const int = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`--${name} must be a positive integer, not "${value}"`);
    return n;
  };
  return {
    runs: int('runs', values.runs),
    changes: int('changes', values.changes),
    seed: int('seed', values.seed),
    articles: int('articles', values.articles),
    out: values.out,
  };
}

/** A compiled atlas's core file bytes (what the page loads first) and its records. */
async function readAtlas(path: string): Promise<{ bytes: Buffer; atlas: Atlas }> {
  return { bytes: await readFile(path), atlas: readCompiled(path).full };
}

async function main(): Promise<void> {
  const opts = options();
  const started = performance.now();
  const log = (line: string) =>
    console.log(
      `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`,
    );

  log('building the app and the benchmark pages');
  const chunks = await buildApp(DIST);
  await buildBenchPages(`${DIST}/bench`);
  await buildApp(`${DIST}/${NO_SVG_APP}`, { noSvgFirst: true });
  log(`writing the synthetic atlas (${opts.articles} articles, seed ${opts.seed})`);
  const synth = await writeSynthAtlas({ seed: opts.seed, articles: opts.articles });
  await copySynthAtlas(DEFAULT_SYNTH_OUT, `${DIST}/${SYNTH_URL}`);
  const seeds = await readAtlas(`${DIST}/data/atlas.json`);
  const synthetic = await readAtlas(`${DIST}/${SYNTH_URL}`);

  log('measuring sizes');
  const size = await measureSize(
    DIST,
    chunks,
    { seeds: seeds.bytes, synthetic: synthetic.bytes },
    SPLIT_BUILD,
  );

  const server = await serve(DIST);
  const browser = await launch();
  const failures: string[] = [];
  // One section failing (a page that never gets ready) must not lose the others' figures.
  const attempt = async <T>(what: string, run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${what} failed: ${message}`);
      log(`${what} FAILED: ${message}`);
      return null;
    }
  };
  let load;
  let interaction;
  let firstPaint;
  let engineFloor;
  try {
    log(
      `serving ${server.origin}; load: ${opts.runs} runs × (seeds, synthetic) × (atlas, baseline)`,
    );
    load = await attempt('load', () =>
      measureLoad(browser, server.origin, SCENARIOS, opts.runs, log),
    );
    log(
      `first paint: ${opts.runs} runs × (atlas, ECharts peer, atlas without the SVG step), seeds`,
    );
    firstPaint = await attempt('first paint', () =>
      measureFirstPaint(browser, server.origin, opts.runs, log),
    );
    log(`interaction on the seeds: ${opts.changes} filter changes, ${opts.changes} selections`);
    const seedsInteraction = await attempt('interaction (seeds)', () =>
      measureInteraction(
        browser,
        server.origin,
        SCENARIOS.seeds,
        seeds.atlas,
        opts.changes,
        opts.seed,
      ),
    );
    log(`interaction on the synthetic atlas`);
    const syntheticInteraction = await attempt('interaction (synthetic)', () =>
      measureInteraction(
        browser,
        server.origin,
        SCENARIOS.synthetic,
        synthetic.atlas,
        opts.changes,
        opts.seed,
      ),
    );
    interaction = { seeds: seedsInteraction, synthetic: syntheticInteraction };
    log(`engine floor: ${opts.changes} repaints of the bare MapLibre page`);
    engineFloor = await attempt('engine floor', () =>
      measureEngineFloor(browser, server.origin, opts.changes),
    );
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  log(`ingest: ${INGEST_ARTICLES} synthetic articles`);
  const ingest = measureIngest(INGEST_ARTICLES, opts.seed);

  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      options: opts,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
      browser: `${browser.version()} (system Chromium, SwiftShader WebGL, 1280×720, reduced motion)`,
      synthetic: {
        articles: synth.articles,
        events: synth.events,
        figures: synth.figures,
        links: synth.links,
        prefectures: synth.prefectures,
        partyPool: synth.partyPool,
      },
      durationSeconds: Math.round((performance.now() - started) / 1000),
    },
    load: load?.figures ?? null,
    interaction,
    size,
    heap: load ? { syntheticMb: load.heapMb.synthetic, seedsMb: load.heapMb.seeds } : null,
    ingest: ingest.figures,
    firstPaint: firstPaint ?? null,
    engineFloor: engineFloor ?? null,
    notes: [
      'load: navigation start → window.atlas.ready (data loaded, map idle) vs → window.baselineReady, cold cache, alternating order; median and p95',
      `interaction: main-thread CPU time (CDP ThreadTime; task time and wall time also reported) from setState until ${interaction.seeds?.settledBy ?? interaction.synthetic?.settledBy ?? 'painted and idle'}`,
      'engineFloor: main-thread CPU of one repaint of bench/baseline.html (a paint property toggled through window.baselineMap), settled like the atlas changes: the least any map change costs with this engine on this machine; and the long tasks over 100 ms those repaints made',
      'heap: Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, MiB, median of the load runs',
      `size: gzip (zlib default level), kB = 1000 bytes; ${size.method}`,
      `ingest: ${ingest.note}`,
      "firstPaint: navigation start → performance.mark('atlas:first-map-paint') (the SVG map's first frame) vs → the ECharts peer's first 'finished' event (bench/peers/echarts.html), cold cache, rotating order; median",
      'firstPaint.seeds.onScreen: separate cold loads of the atlas and the peer, screencast from navigation (320x180 PNG frames, scripts/bench/onScreen.ts) until the first frame whose map area has many colours and is mostly not white; median',
      `firstPaint.seeds.interactive: navigation start → window.atlas.ready for the atlas vs the same app built with VITE_SVG_FIRST=off (${NO_SVG_APP}), same runs; median`,
      ...synth.warnings.map((w) => `synthetic atlas: ${w}`),
      ...failures,
    ],
  };
  await writeFile(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatTable(results)}\n`);
  for (const note of results.notes) console.log(`- ${note}`);
  log(`wrote ${opts.out}`);
}

main().catch((error: unknown) => {
  console.error(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
