/**
 * The rows of the benchmark's report: each figure per data set, next to its target from
 * the performance issues (8, 17, 18, 19) and whether it met it.
 */
import type { DeckFigures } from './deck';
import type { DraftFigures } from './draft';
import type { FirstPaintFigures } from './firstPaint';
import type { InteractionFigures } from './interaction';
import type { LegibilityFigures } from './legibility';
import type { BenchResults } from './results';
import type { InlineMapSize } from './staticFloor';
import { SCENARIO_NAMES, type PerScenario, type ScenarioName } from './scenarios';

/** One line of the report. */
export interface Row {
  readonly what: string;
  readonly cells: PerScenario<string>;
  readonly target: string;
  readonly ok: boolean | null;
}

type Data<T> = PerScenario<T | null>;

/** A verdict as the report writes it. */
export const mark = (ok: boolean | null) => (ok === null ? '' : ok ? 'ok' : 'MISSED');
const NONE = '—';
const pair = (a: number | null, b: number | null) => `${a ?? NONE} / ${b ?? NONE}`;

/** A row with one cell per data set; `ok` judges the cells it needs, or gives no verdict (null). */
function row<T>(
  what: string,
  data: Data<T> | null,
  cell: (x: T) => string,
  target = '',
  ok: (d: Data<T>) => boolean | null = () => null,
): Row {
  const get = (n: ScenarioName) => data?.[n] ?? null;
  const cells = { seeds: '', synthetic: '', realistic: '' };
  for (const n of SCENARIO_NAMES) {
    const x = get(n);
    cells[n] = x === null ? NONE : cell(x);
  }
  return { what, cells, target, ok: data ? ok(data) : null };
}

/** A row with one figure for the whole build, in the seeds column. */
function single(what: string, value: string, target = '', ok: boolean | null = null): Row {
  return { what, cells: { seeds: value, synthetic: '', realistic: '' }, target, ok };
}

/** `test` on one data set's figure, or no verdict when it is missing. */
const on =
  <T>(n: ScenarioName, test: (x: T) => boolean) =>
  (d: Data<T>): boolean | null => {
    const x = d[n];
    return x === null ? null : test(x);
  };

function loadRows(r: BenchResults): Row[] {
  const { load } = r;
  return [
    row('load atlas, median / p95 (ms)', load, (l) => pair(l.atlasMs, l.atlasP95)),
    row('load bare engine, median / p95 (ms)', load, (l) => pair(l.baselineMs, l.baselineP95)),
    row('load equal-content floor, median / p95 (ms)', load, (l) => pair(l.floorMs, l.floorP95)),
    row(
      'load ratio atlas / bare engine',
      load,
      (l) => String(l.ratio),
      '≤ 2.0 (realistic)',
      on('realistic', (l) => l.ratio <= 2),
    ),
    row('load ratio atlas / equal-content floor', load, (l) => String(l.ratioToFloor ?? NONE)),
    row(
      'load main-thread CPU atlas / bare / floor (ms)',
      load,
      (l) => `${l.atlasCpuMs} / ${l.baselineCpuMs} / ${l.floorCpuMs ?? NONE}`,
    ),
    row(
      'load main-thread CPU ratio atlas / bare engine',
      load,
      (l) => String(Math.round((l.atlasCpuMs / l.baselineCpuMs) * 10) / 10),
      '≤ 3 (realistic)',
      on('realistic', (l) => l.atlasCpuMs <= 3 * l.baselineCpuMs),
    ),
  ];
}

function interactionRows(r: BenchResults): Row[] {
  const { interaction } = r;
  const wallRatio = (d: Data<InteractionFigures>) => {
    const [seeds, realistic] = [d.seeds, d.realistic];
    return seeds && realistic ? realistic.wall.p95 / seeds.wall.p95 : null;
  };
  const ratio = wallRatio(interaction);
  return [
    row('interaction main-thread CPU p50 (ms)', interaction, (i) => String(i.p50)),
    row(
      'interaction main-thread CPU p95 (ms)',
      interaction,
      (i) => String(i.p95),
      '≤ 50 (realistic)',
      on('realistic', (i) => i.p95 <= 50),
    ),
    single(
      '  engine floor: bare MapLibre repaint p50 / p95',
      r.engineFloor ? pair(r.engineFloor.repaintCpu.p50, r.engineFloor.repaintCpu.p95) : NONE,
    ),
    row('  filters p50 / p95', interaction, (i) => pair(i.filters.p50, i.filters.p95)),
    row('  selections p50 / p95', interaction, (i) => pair(i.selections.p50, i.selections.p95)),
    row('  task time p50 / p95', interaction, (i) => pair(i.task.p50, i.task.p95)),
    row('  wall to idle p50 / p95', interaction, (i) => pair(i.wall.p50, i.wall.p95)),
    single(
      'interaction wall p95, realistic / seeds',
      ratio === null ? NONE : String(Math.round(ratio * 100) / 100),
      '≤ 1.5',
      ratio === null ? null : ratio <= 1.5,
    ),
    row(
      'long tasks > 100 ms after load (max ms)',
      interaction,
      (i) => `${i.longTasks.over100ms} (${i.longTasks.maxMs})`,
      'none',
      (d) =>
        SCENARIO_NAMES.some((n) => d[n] === null)
          ? null
          : SCENARIO_NAMES.every((n) => d[n]?.longTasks.over100ms === 0),
    ),
    single(
      '  engine floor: long tasks > 100 ms (max ms)',
      r.engineFloor
        ? `${r.engineFloor.longTasks.over100ms} (${r.engineFloor.longTasks.maxMs})`
        : NONE,
    ),
  ];
}

function handoverRows(r: BenchResults): Row[] {
  return [
    row('first camera move → MapLibre took over: wall / CPU, median (ms)', r.handover, (h) =>
      pair(Math.round(h.wall.p50), Math.round(h.cpu.p50)),
    ),
  ];
}

function legibilityRows(r: BenchResults): Row[] {
  const { legibility } = r;
  const all = (test: (l: LegibilityFigures) => boolean) => (d: Data<LegibilityFigures>) =>
    SCENARIO_NAMES.every((n) => d[n] !== null)
      ? SCENARIO_NAMES.every((n) => {
          const l = d[n];
          return l !== null && test(l);
        })
      : null;
  return [
    row(
      'first view: flows drawn (summarised)',
      legibility,
      (l) => `${l.flowsDrawn} (${l.flowsSummarised})`,
      '≤ 150 (realistic)',
      on('realistic', (l) => l.flowsDrawn <= 150),
    ),
    row(
      'first view: labels rendered / overlapping pairs',
      legibility,
      (l) => `${l.labels} / ${l.labelOverlaps}`,
      '0 overlaps',
      all((l) => l.labelOverlaps === 0),
    ),
  ];
}

function otherRows(r: BenchResults): Row[] {
  const { size, heap } = r;
  const heapData = heap
    ? { seeds: heap.seedsMb, synthetic: heap.syntheticMb, realistic: heap.realisticMb }
    : null;
  return [
    row(
      'JS heap after load (MiB)',
      heapData,
      String,
      '≤ 150 (realistic)',
      on('realistic', (mb) => mb <= 150),
    ),
    ...sizeRows(size),
    single('ingest (articles/s)', r.ingest ? String(r.ingest.articlesPerSecond) : NONE),
    ...firstPaintRows(r.firstPaint?.seeds ?? null),
    inlineMapRow(r.inlineMap),
    ...deckRows(r.deck),
    ...draftRows(r.draft),
  ];
}

function sizeRows(size: BenchResults['size']): Row[] {
  if (!size) return [single('initial JS, app code gzip (kB)', NONE)];
  return [
    row('atlas core (and pack) gzip (kB)', size.atlasJsonKbGzip, String),
    single(
      'initial JS, app code gzip (kB)',
      String(size.appKbGzip),
      '≤ 150',
      size.appKbGzip <= 150,
    ),
    single(
      size.maplibreInitial
        ? 'initial JS, MapLibre gzip (kB)'
        : 'MapLibre gzip, fetched on the first camera move (kB)',
      `${size.maplibreKbGzip} + worker ${size.maplibreWorkerKbGzip}`,
    ),
    single('CSS gzip / lazy JS gzip (kB)', pair(size.cssKbGzip, size.lazyKbGzip)),
  ];
}

function deckRows(d: DeckFigures | null): Row[] {
  if (!d) return [single('deck export (.pptx), median (ms)', NONE)];
  const mb = Math.round(d.bytes / 1e4) / 100;
  return [
    single(
      `deck export (.pptx), ${d.steps} steps: median / first (ms)`,
      pair(d.ms, d.firstMs),
      '≤ 10 s (median)',
      d.ms <= 10_000,
    ),
    single('  deck file (MB)', String(mb), '≤ 15 MB', d.bytes <= 15e6),
    single('  deck per step / one PNG 1920×1080 (ms)', pair(Math.round(d.ms / d.steps), d.pngMs)),
    single('  deck main-thread CPU, median (ms)', String(d.cpuMs)),
  ];
}

function draftRows(d: DraftFigures | null): Row[] {
  return [
    single(
      'draft shown after a paste, median / p95 (ms)',
      d ? pair(Math.round(d.shown.p50), Math.round(d.shown.p95)) : NONE,
      '≤ 1000 (p95)',
      d ? d.shown.p95 <= 1000 : null,
    ),
  ];
}

/** What the map baked into `index.html` adds to the page, gzip. */
export function inlineMapRow(size: InlineMapSize | null): Row {
  return single(
    'map baked into index.html, gzip (kB)',
    size ? `${size.inlineKbGzip} (page ${size.noInlineKbGzip} → ${size.pageKbGzip})` : NONE,
    '≤ 120',
    size ? size.inlineKbGzip <= 120 : null,
  );
}

/** The first paint section's rows (seeds). */
export function firstPaintRows(f: FirstPaintFigures | null): Row[] {
  if (!f) return [single('first map paint atlas / ECharts (ms)', NONE)];
  return [
    single('first map paint atlas / ECharts, median (ms)', `${f.atlasMs} / ${f.echartsMs}`),
    single('first paint ratio atlas / ECharts', String(f.ratio), '≤ 1.0', f.ratio <= 1),
    single(
      'map first on screen atlas / ECharts (ms)',
      `${f.onScreen.atlasMs} / ${f.onScreen.echartsMs} (${f.onScreen.ratio})`,
      '≤ 0.6',
      f.onScreen.ratio <= 0.6,
    ),
    single(
      'map first on screen atlas / static floor (ms)',
      `${f.onScreen.atlasMs} / ${f.onScreen.floorMs} (${f.onScreen.floorRatio})`,
      '≤ 1.3',
      f.onScreen.floorRatio <= 1.3,
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
    single(
      'ready atlas / without the baked map (ms)',
      `${f.inline.atlasMs} / ${f.inline.noInlineMs} (${f.inline.ratio})`,
      '≤ 1.0',
      f.inline.ratio <= 1,
    ),
  ];
}

/** Every row of the report, in order. */
export function reportRows(r: BenchResults): Row[] {
  return [
    ...loadRows(r),
    ...interactionRows(r),
    ...handoverRows(r),
    ...legibilityRows(r),
    ...otherRows(r),
  ];
}
