/** The notes `bench/results.json` carries: how each section was measured, and what went wrong. */
import { FIRST_VIEW_SIZE } from './legibilityRun';
import { NO_SVG_APP } from './firstPaint';

/** The notes of one run. */
export function benchNotes(run: {
  readonly settledBy: string | null;
  readonly sizeMethod: string | null;
  readonly ingestNote: string | null;
  /** Sections `--only` left out. */
  readonly notRun: readonly string[];
  readonly more: readonly string[];
}): string[] {
  return [
    ...(run.notRun.length > 0 ? [`not run (--only): ${run.notRun.join(', ')}`] : []),
    'data sets: seeds (the curated articles), synthetic (the uniform 10k atlas, npm run synth -- --shape uniform) and realistic (npm run synth -- --shape realistic); see bench/README.md',
    'load: navigation start → window.atlas.ready (data loaded, map idle) vs → window.baselineReady on the bare engine (bench/baseline.html) and on the equal-content floor (bench/floor.html: the bare page plus the atlas first view’s flows, points and rendered labels as plain GeoJSON), cold cache, rotating order; median and p95',
    `legibility: window.atlas.mapSnapshot() in the first fitted view at ${FIRST_VIEW_SIZE}, one fresh load per data set; labelOverlaps = pairs of rendered label boxes that intersect (touching edges do not count)`,
    `interaction: main-thread CPU time (CDP ThreadTime; task time and wall time also reported) from setState until ${run.settledBy ?? 'painted and idle'}`,
    'engineFloor: main-thread CPU of one repaint of bench/baseline.html (a paint property toggled through window.baselineMap), settled like the atlas changes: the least any map change costs with this engine on this machine; and the long tasks over 100 ms those repaints made',
    'heap: Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, MiB, median of the load runs',
    `size: gzip (zlib default level), kB = 1000 bytes; ${run.sizeMethod ?? 'not run'}`,
    `ingest: ${run.ingestNote ?? 'not run'}`,
    "firstPaint: navigation start → performance.mark('atlas:first-map-paint') (the SVG map's first frame) vs → the ECharts peer's first 'finished' event (bench/peers/echarts.html), cold cache, rotating order; median",
    'firstPaint.seeds.onScreen: separate cold loads of the atlas and the peer, screencast from navigation (320x180 PNG frames, scripts/bench/onScreen.ts) until the first frame whose map area has many colours and is mostly not white; median',
    `firstPaint.seeds.interactive: navigation start → window.atlas.ready for the atlas vs the same app built with VITE_SVG_FIRST=off (${NO_SVG_APP}), same runs; median`,
    "deck: window.atlas.exportDeck({ story, lang: 'zh', aspect: '16:9' }) (1920×1080 pictures) for the shortest curated story of at least 10 steps, wall ms in the page from the call to the Blob, on the seeds atlas loaded once; median over the runs and the first (cold: it loads the exporter) apart; main-thread CPU (ThreadTime) over the same span; after each deck one window.atlas.exportImage({ format: 'png', width: 1920, height: 1080 }) of the view",
    'draft: authoring view /?author=1&lang=zh in a fresh context each run, the raw article filled into 报道全文, 起草 clicked; ms in the page from the click to the animation frame after the first mark appears in [data-article-pane]; median and p95',
    ...run.more,
  ];
}
