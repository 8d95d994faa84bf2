/**
 * `npm run bench [-- --runs 7 --changes 50 --seed 1 --articles 10000]`: builds
 * the app and the benchmark pages, writes both synthetic atlases (uniform and
 * realistic), serves `dist/` with `vite preview`, drives the system Chromium and
 * measures legibility, load, interaction, heap, size and ingest side by side in
 * one run. Prints a table and writes `bench/results.json`. Nothing here asserts a
 * time: the targets are reported, not enforced.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, buildBenchPages } from './bench/build';
import { launch } from './bench/browser';
import { prepareAtlases, writeFloors } from './bench/data';
import { measureFirstPaint, NO_SVG_APP } from './bench/firstPaint';
import { measureIngest } from './bench/ingest';
import {
  measureEngineFloor,
  measureInteraction,
  type InteractionFigures,
} from './bench/interaction';
import { FIRST_VIEW_SIZE, readFirstView, type FirstView } from './bench/legibilityRun';
import { measureLoad } from './bench/load';
import { benchNotes } from './bench/notes';
import { formatTable, type BenchResults } from './bench/report';
import { firstPaintRows, inlineMapRow, mark } from './bench/reportRows';
import { perScenario, SCENARIO_NAMES, SCENARIOS, type ScenarioName } from './bench/scenarios';
import { serve } from './bench/server';
import { measureSize } from './bench/size';
import {
  inlineMapSize,
  NO_INLINE_APP,
  writeStaticFloor,
  type InlineMapSize,
} from './bench/staticFloor';

// The benchmark builds and serves its own copy, outside the tree: a concurrent `npm run build`
// (which empties `dist/`) cannot pull pages or the synthetic atlases from under a run.
const DIST = join(tmpdir(), 'cooperation-atlas-bench', 'dist');
// A second build for the app/MapLibre size split, kept out of the tree (no linter or formatter sees it).
const SPLIT_BUILD = join(tmpdir(), 'cooperation-atlas-bench-split');
const INGEST_ARTICLES = 1000;
const DECK_MODULE = new URL('./bench/deck.ts', import.meta.url);
/** The realistic atlas's first view as measured, shown next to the table in bench/README.md. */
const SCREENSHOT = 'bench/realistic-first-view.png';

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      changes: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      articles: { type: 'string', default: '10000' },
      out: { type: 'string' },
      only: { type: 'string' },
    },
  });
  if (values.only !== undefined && values.only !== 'first-paint') {
    throw new Error(
      `--only takes first-paint (the first paint section alone), not "${values.only}"`,
    );
  }
  const only = values.only === 'first-paint' ? 'first-paint' : null;
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
    // A first-paint run alone does not overwrite the full results.
    out: values.out ?? (only ? 'bench/.out/first-paint.json' : 'bench/results.json'),
    only,
  };
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
  await buildApp(`${DIST}/${NO_INLINE_APP}`, { noInlineMap: true });
  await writeStaticFloor(DIST);
  const inlineMap = await inlineMapSize(DIST);
  log(`map baked into index.html: ${inlineMap.inlineKbGzip} kB gzip`);
  if (opts.only === 'first-paint') return firstPaintOnly(opts, inlineMap, log);
  const { atlases, synth } = await prepareAtlases(DIST, opts, log);

  log('measuring sizes');
  const bytes = perScenario((n) => atlases[n].bytes);
  const size = await measureSize(DIST, chunks, bytes, SPLIT_BUILD);

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
  const views = new Map<ScenarioName, FirstView | null>();
  let load;
  let firstPaint;
  let engineFloor;
  const interactions = new Map<ScenarioName, InteractionFigures | null>();
  try {
    for (const n of SCENARIO_NAMES) {
      log(`first view of ${n} at ${FIRST_VIEW_SIZE}: legibility and the floor's GeoJSON`);
      const view = await attempt(`legibility (${n})`, () =>
        readFirstView(
          browser,
          server.origin,
          SCENARIOS[n],
          n === 'realistic' ? SCREENSHOT : undefined,
        ),
      );
      views.set(n, view);
    }
    const floors = await writeFloors(
      DIST,
      perScenario((n) => views.get(n) ?? null),
    );
    log(
      `serving ${server.origin}; load: ${opts.runs} runs × 3 data sets × (atlas, bare engine${floors.size ? ', floor' : ''})`,
    );
    load = await attempt('load', () =>
      measureLoad(browser, server.origin, SCENARIOS, floors, opts.runs, log),
    );
    log(
      `first paint: ${opts.runs} runs × (atlas, ECharts peer, atlas without the SVG step), seeds`,
    );
    firstPaint = await attempt('first paint', () =>
      measureFirstPaint(browser, server.origin, opts.runs, log),
    );
    for (const n of SCENARIO_NAMES) {
      log(`interaction on ${n}: ${opts.changes} filter changes, ${opts.changes} selections`);
      const figures = await attempt(`interaction (${n})`, () =>
        measureInteraction(
          browser,
          server.origin,
          SCENARIOS[n],
          atlases[n].atlas,
          opts.changes,
          opts.seed,
        ),
      );
      interactions.set(n, figures);
    }
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
  const deckModule = await access(DECK_MODULE).then(
    () => true,
    () => false,
  );
  const interaction = perScenario((n) => interactions.get(n) ?? null);

  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      options: opts,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
      browser: `${browser.version()} (system Chromium, SwiftShader WebGL, 1280×720, reduced motion)`,
      synthetic: synth.synthetic,
      realistic: synth.realistic,
      durationSeconds: Math.round((performance.now() - started) / 1000),
    },
    load: load?.figures ?? null,
    interaction,
    size,
    heap: load
      ? {
          seedsMb: load.heapMb.seeds,
          syntheticMb: load.heapMb.synthetic,
          realisticMb: load.heapMb.realistic,
        }
      : null,
    legibility: perScenario((n) => views.get(n)?.figures ?? null),
    ingest: ingest.figures,
    firstPaint: firstPaint ?? null,
    inlineMap,
    engineFloor: engineFloor ?? null,
    deck: null,
    notes: benchNotes({
      settledBy: interaction.seeds?.settledBy ?? interaction.realistic?.settledBy ?? null,
      sizeMethod: size.method,
      ingestNote: ingest.note,
      deck: deckModule
        ? 'scripts/bench/deck.ts exists but is not wired into the run yet'
        : 'scripts/bench/deck.ts does not exist yet',
      more: [
        ...[...views.values()].flatMap((v) => (v?.note ? [v.note] : [])),
        ...Object.values(synth).flatMap((s) =>
          s.warnings.map((w) => `${s.shape} synthetic atlas: ${w}`),
        ),
        ...failures,
      ],
    }),
  };
  await writeFile(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatTable(results)}\n`);
  for (const note of results.notes) console.log(`- ${note}`);
  log(`wrote ${opts.out}`);
}

/** `--only first-paint`: the first paint section alone (a few minutes), printed and written to `out`. */
async function firstPaintOnly(
  opts: ReturnType<typeof options>,
  inlineMap: InlineMapSize,
  log: (line: string) => void,
): Promise<void> {
  const server = await serve(DIST);
  const browser = await launch();
  try {
    log(
      `first paint: ${opts.runs} runs × (atlas, ECharts peer, static floor, without the SVG step, without the baked map)`,
    );
    const firstPaint = await measureFirstPaint(browser, server.origin, opts.runs, log);
    const results = { date: new Date().toISOString(), options: opts, firstPaint, inlineMap };
    await mkdir(dirname(opts.out), { recursive: true });
    await writeFile(opts.out, `${JSON.stringify(results, null, 2)}\n`);
    const rows = [...firstPaintRows(firstPaint.seeds), inlineMapRow(inlineMap)];
    for (const row of rows)
      console.log(
        `${row.what.padEnd(48)} ${row.cells.seeds.padEnd(28)} ${row.target.padEnd(8)} ${mark(row.ok)}`,
      );
    log(`wrote ${opts.out}`);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
