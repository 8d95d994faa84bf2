/**
 * `npm run bench [-- --runs 7 --changes 50 --seed 1 --articles 10000 --only deck,draft]`:
 * builds the app and the benchmark pages, writes both synthetic atlases (uniform and
 * realistic), serves `dist/` with `vite preview`, drives the system Chromium and
 * measures legibility, load, interaction, heap, size, ingest, first paint, the deck
 * export and the authoring draft side by side in one run (`--only`: the sections named).
 * Prints a table and writes `bench/results.json`. Nothing here asserts a
 * time: the targets are reported, not enforced.
 */
import { mkdtempSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildApp, buildBenchPages } from './bench/build';
import { launch } from './bench/browser';
import { prepareAtlases, writeFloors } from './bench/data';
import { measureDeck } from './bench/deck';
import { measureDraft } from './bench/draft';
import { measureHandover, type HandoverFigures } from './bench/handover';
import { measureFirstPaint, NO_SVG_APP } from './bench/firstPaint';
import { measureIngest } from './bench/ingest';
import {
  measureEngineFloor,
  INTERACTION_LOADS,
  measureInteraction,
  type InteractionFigures,
} from './bench/interaction';
import { FIRST_VIEW_SIZE, readFirstView, type FirstView } from './bench/legibilityRun';
import { measureLoad } from './bench/load';
import { benchNotes } from './bench/notes';
import { parseOptions, SECTIONS, type Section } from './bench/options';
import { formatTable, type BenchResults } from './bench/report';
import { perScenario, SCENARIO_NAMES, SCENARIOS, type ScenarioName } from './bench/scenarios';
import { serve } from './bench/server';
import { measureSize } from './bench/size';
import { inlineMapSize, NO_INLINE_APP, writeStaticFloor } from './bench/staticFloor';

// Each run builds and serves its own copy, outside the tree and in a folder of its own: neither a
// concurrent `npm run build` (which empties `dist/`) nor another benchmark on the machine (another
// worktree) can pull pages or the synthetic atlases from under a run. Removed at the end.
const WORK = mkdtempSync(join(tmpdir(), 'cooperation-atlas-bench-'));
const DIST = join(WORK, 'dist');
// A second build for the app/MapLibre size split, kept out of the tree (no linter or formatter sees it).
const SPLIT_BUILD = join(WORK, 'split');
const INGEST_ARTICLES = 1000;
/** The realistic atlas's first view as measured, shown next to the table in bench/README.md. */
const SCREENSHOT = 'bench/realistic-first-view.png';

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const runs = (...sections: Section[]) => sections.some((x) => opts.sections.includes(x));
  const started = performance.now();
  const log = (line: string) =>
    console.log(
      `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`,
    );

  log(`building the app and the benchmark pages; sections: ${opts.sections.join(', ')}`);
  const chunks = await buildApp(DIST);
  if (runs('load', 'firstPaint', 'engineFloor')) await buildBenchPages(`${DIST}/bench`);
  if (runs('firstPaint')) {
    await buildApp(`${DIST}/${NO_SVG_APP}`, { noSvgFirst: true });
    await buildApp(`${DIST}/${NO_INLINE_APP}`, { noInlineMap: true });
    await writeStaticFloor(DIST);
  }
  // Needs the build without the baked map, made for `firstPaint` only.
  const inlineMap = runs('firstPaint') ? await inlineMapSize(DIST) : null;
  if (inlineMap) log(`map baked into index.html: ${inlineMap.inlineKbGzip} kB gzip`);
  const data = runs('legibility', 'load', 'interaction', 'size')
    ? await prepareAtlases(DIST, opts, log)
    : null;

  let size = null;
  if (data && runs('size')) {
    log('measuring sizes');
    const bytes = perScenario((n) => data.atlases[n].bytes);
    size = await measureSize(DIST, chunks, bytes, SPLIT_BUILD);
  }

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
  let load = null;
  let firstPaint = null;
  let engineFloor = null;
  let deck = null;
  let draft = null;
  const interactions = new Map<ScenarioName, InteractionFigures | null>();
  const handovers = new Map<ScenarioName, HandoverFigures | null>();
  try {
    for (const n of runs('legibility') ? SCENARIO_NAMES : []) {
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
    if (runs('load')) {
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
    }
    if (runs('firstPaint')) {
      log(
        `first paint: ${opts.runs} runs × (atlas, ECharts peer, atlas without the SVG step), seeds`,
      );
      firstPaint = await attempt('first paint', () =>
        measureFirstPaint(browser, server.origin, opts.runs, log),
      );
    }
    if (data && runs('interaction')) {
      const { atlases } = data;
      for (const n of SCENARIO_NAMES) {
        log(
          `interaction on ${n}: ${INTERACTION_LOADS(opts.runs)} loads × (${opts.changes} filter changes, ${opts.changes} selections)`,
        );
        const figures = await attempt(`interaction (${n})`, () =>
          measureInteraction(
            {
              browser,
              origin: server.origin,
              scenario: SCENARIOS[n],
              atlas: atlases[n].atlas,
              count: opts.changes,
              seed: opts.seed,
            },
            INTERACTION_LOADS(opts.runs),
          ),
        );
        interactions.set(n, figures);
      }
    }
    for (const n of runs('handover') ? (['seeds', 'realistic'] as const) : []) {
      log(`first camera move on ${n}: ${opts.runs} runs, until MapLibre has taken over`);
      const figures = await attempt(`first move (${n})`, () =>
        measureHandover(browser, server.origin, SCENARIOS[n], opts.runs, log),
      );
      handovers.set(n, figures);
    }
    if (runs('engineFloor')) {
      log(`engine floor: ${opts.changes} repaints of the bare MapLibre page`);
      engineFloor = await attempt('engine floor', () =>
        measureEngineFloor(browser, server.origin, opts.changes),
      );
    }
    if (runs('deck')) {
      log(`deck: ${opts.runs} exports of a curated story (.pptx) and of one PNG, seeds`);
      deck = await attempt('deck', () => measureDeck(browser, server.origin, opts.runs, log));
    }
    if (runs('draft')) {
      log(`draft: ${opts.runs} cold pastes of a seed article in the authoring view`);
      draft = await attempt('draft', () => measureDraft(browser, server.origin, opts.runs, log));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  let ingest = null;
  if (runs('ingest')) {
    log(`ingest: ${INGEST_ARTICLES} synthetic articles`);
    ingest = measureIngest(INGEST_ARTICLES, opts.seed);
  }
  const interaction = perScenario((n) => interactions.get(n) ?? null);

  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      options: opts,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
      browser: `${browser.version()} (system Chromium, SwiftShader WebGL, 1280×720, reduced motion)`,
      synthetic: data?.synth.synthetic ?? null,
      realistic: data?.synth.realistic ?? null,
      durationSeconds: Math.round((performance.now() - started) / 1000),
    },
    load: load?.figures ?? null,
    interaction,
    handover: runs('handover') ? perScenario((n) => handovers.get(n) ?? null) : null,
    size,
    heap: load
      ? {
          seedsMb: load.heapMb.seeds,
          syntheticMb: load.heapMb.synthetic,
          realisticMb: load.heapMb.realistic,
        }
      : null,
    legibility: perScenario((n) => views.get(n)?.figures ?? null),
    ingest: ingest?.figures ?? null,
    firstPaint,
    inlineMap,
    engineFloor,
    deck,
    draft,
    notes: benchNotes({
      settledBy: interaction.seeds?.settledBy ?? interaction.realistic?.settledBy ?? null,
      sizeMethod: size?.method ?? null,
      ingestNote: ingest?.note ?? null,
      notRun: SECTIONS.filter((x) => !runs(x)),
      more: [
        ...[...views.values()].flatMap((v) => (v?.note ? [v.note] : [])),
        ...Object.values(data?.synth ?? {}).flatMap((s) =>
          s.warnings.map((w) => `${s.shape} synthetic atlas: ${w}`),
        ),
        ...failures,
      ],
    }),
  };
  await mkdir(dirname(opts.out), { recursive: true });
  await writeFile(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatTable(results)}\n`);
  for (const note of results.notes) console.log(`- ${note}`);
  log(`wrote ${opts.out}`);
}

main()
  .finally(() => rm(WORK, { recursive: true, force: true }))
  .catch((error: unknown) => {
    console.error(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  });
