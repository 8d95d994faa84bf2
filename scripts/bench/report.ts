/**
 * The shape of `bench/results.json` and the table `npm run bench` prints,
 * with each figure next to its target from the performance issue.
 */
import type { FirstPaintFigures } from './firstPaint';
import type { IngestFigures } from './ingest';
import type { EngineFloor, InteractionFigures } from './interaction';
import type { LoadFigures } from './load';
import type { SizeResult } from './size';

type PerScenario<T> = { readonly seeds: T; readonly synthetic: T };

/**
 * `bench/results.json`. Sections are added side by side (issue 8 adds
 * `firstPaint`); a section that failed is null and its error is in `notes`.
 */
export interface BenchResults {
  readonly meta: Readonly<Record<string, unknown>>;
  readonly load: PerScenario<LoadFigures> | null;
  readonly interaction: PerScenario<InteractionFigures | null>;
  readonly size: SizeResult;
  readonly heap: { readonly syntheticMb: number; readonly seedsMb: number } | null;
  readonly ingest: IngestFigures | null;
  /** Issue 8: the atlas's first map frame against the ECharts peer's first render, on the seeds. */
  readonly firstPaint: { readonly seeds: FirstPaintFigures } | null;
  /** The bare engine's cost of one repaint (bench/baseline.html), for reading the interaction figures. */
  readonly engineFloor: EngineFloor | null;
  readonly notes: readonly string[];
}

interface Row {
  readonly what: string;
  readonly seeds: string;
  readonly synthetic: string;
  readonly target: string;
  readonly ok: boolean | null;
}

const mark = (ok: boolean | null) => (ok === null ? '' : ok ? 'ok' : 'MISSED');

const NONE = '—';

/** A row with one cell per data set; a failed section shows a dash and no verdict. */
function row<T>(
  what: string,
  data: PerScenario<T | null> | null,
  cell: (x: T) => string,
  target = '',
  ok?: (seeds: T, synthetic: T) => boolean,
): Row {
  const seeds = data?.seeds ?? null;
  const synthetic = data?.synthetic ?? null;
  return {
    what,
    seeds: seeds === null ? NONE : cell(seeds),
    synthetic: synthetic === null ? NONE : cell(synthetic),
    target,
    ok: ok && seeds !== null && synthetic !== null ? ok(seeds, synthetic) : null,
  };
}

function single(what: string, value: string, target = '', ok: boolean | null = null): Row {
  return { what, seeds: value, synthetic: '', target, ok };
}

function rows(r: BenchResults): Row[] {
  const { load, interaction, size, heap } = r;
  const pair = (a: number, b: number, unit = '') => `${a} / ${b}${unit}`;
  return [
    row('load atlas, median / p95 (ms)', load, (l) => pair(l.atlasMs, l.atlasP95)),
    row('load baseline, median / p95 (ms)', load, (l) => pair(l.baselineMs, l.baselineP95)),
    row('load main-thread CPU atlas / baseline (ms)', load, (l) =>
      pair(l.atlasCpuMs, l.baselineCpuMs),
    ),
    row(
      'load ratio atlas / baseline',
      load,
      (l) => String(l.ratio),
      '≤ 1.3 / ≤ 2.0',
      (a, b) => a.ratio <= 1.3 && b.ratio <= 2,
    ),
    row('interaction main-thread CPU p50 (ms)', interaction, (i) => String(i.p50)),
    row(
      'interaction main-thread CPU p95 (ms)',
      interaction,
      (i) => String(i.p95),
      '≤ 16 / ≤ 50',
      (a, b) => a.p95 <= 16 && b.p95 <= 50,
    ),
    single(
      '  engine floor: bare MapLibre repaint p50 / p95',
      r.engineFloor ? pair(r.engineFloor.repaintCpu.p50, r.engineFloor.repaintCpu.p95) : NONE,
    ),
    row('  filters p50 / p95', interaction, (i) => pair(i.filters.p50, i.filters.p95)),
    row('  selections p50 / p95', interaction, (i) => pair(i.selections.p50, i.selections.p95)),
    row('  task time p50 / p95', interaction, (i) => pair(i.task.p50, i.task.p95)),
    row('  wall to idle p50 / p95', interaction, (i) => pair(i.wall.p50, i.wall.p95)),
    row(
      'long tasks > 100 ms after load (max ms)',
      interaction,
      (i) => `${i.longTasks.over100ms} (${i.longTasks.maxMs})`,
      'none',
      (a, b) => a.longTasks.over100ms + b.longTasks.over100ms === 0,
    ),
    single(
      '  engine floor: long tasks > 100 ms (max ms)',
      r.engineFloor
        ? `${r.engineFloor.longTasks.over100ms} (${r.engineFloor.longTasks.maxMs})`
        : NONE,
    ),
    row(
      'JS heap after load (MiB)',
      heap ? { seeds: heap.seedsMb, synthetic: heap.syntheticMb } : null,
      String,
      '≤ 150 (10k)',
      (_, b) => b <= 150,
    ),
    row('atlas.json gzip (kB)', size.atlasJsonKbGzip, String),
    single(
      'initial JS, app code gzip (kB)',
      String(size.appKbGzip),
      '≤ 150',
      size.appKbGzip <= 150,
    ),
    single(
      'initial JS, MapLibre gzip (kB)',
      `${size.maplibreKbGzip} + worker ${size.maplibreWorkerKbGzip}`,
    ),
    single('CSS gzip / lazy JS gzip (kB)', pair(size.cssKbGzip, size.lazyKbGzip)),
    single('ingest (articles/s)', r.ingest ? String(r.ingest.articlesPerSecond) : 'not measured'),
    ...firstPaintRows(r.firstPaint?.seeds ?? null),
  ];
}

function firstPaintRows(f: FirstPaintFigures | null): Row[] {
  if (!f) return [single('first map paint atlas / ECharts (ms)', NONE)];
  return [
    single('first map paint atlas / ECharts, median (ms)', `${f.atlasMs} / ${f.echartsMs}`),
    single('first paint ratio atlas / ECharts', String(f.ratio), '≤ 1.0', f.ratio <= 1),
    single(
      'map first on screen atlas / ECharts (ms)',
      `${f.onScreen.atlasMs} / ${f.onScreen.echartsMs} (${f.onScreen.ratio})`,
      '≤ 1.0',
      f.onScreen.ratio <= 1,
    ),
    single(
      'ready atlas / without SVG step, median (ms)',
      `${f.interactive.atlasMs} / ${f.interactive.noSvgMs}`,
    ),
    single(
      'ready ratio atlas / without SVG step',
      String(f.interactive.ratio),
      '≤ 1.0',
      f.interactive.ratio <= 1,
    ),
  ];
}

/** The results as a fixed-width text table. */
export function formatTable(results: BenchResults): string {
  const header: Row = {
    what: 'measure',
    seeds: 'seeds',
    synthetic: 'synthetic (10k)',
    target: 'target',
    ok: null,
  };
  const all = [header, ...rows(results)];
  const width = (key: 'what' | 'seeds' | 'synthetic' | 'target') =>
    Math.max(...all.map((row) => row[key].length));
  const line = (row: Row, status: string) =>
    [
      row.what.padEnd(width('what')),
      row.seeds.padEnd(width('seeds')),
      row.synthetic.padEnd(width('synthetic')),
      row.target.padEnd(width('target')),
      status,
    ]
      .join(' │ ')
      .trimEnd();
  return [line(header, ''), ...rows(results).map((row) => line(row, mark(row.ok)))].join('\n');
}

/** The same table in Markdown, for `bench/README.md`. */
export function formatMarkdown(results: BenchResults): string {
  const cells = (row: Row) =>
    `| ${row.what.trim()} | ${row.seeds} | ${row.synthetic} | ${row.target} | ${mark(row.ok)} |`;
  return [
    '| measure | seeds | synthetic (10k) | target | |',
    '|---|---|---|---|---|',
    ...rows(results).map(cells),
  ].join('\n');
}
