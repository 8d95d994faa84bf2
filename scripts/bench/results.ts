/**
 * The shape of `bench/results.json`: one figure set per data set (seeds, the uniform
 * 10k atlas as `synthetic`, the realistic 10k atlas), per section.
 */
import type { FirstPaintFigures } from './firstPaint';
import type { IngestFigures } from './ingest';
import type { EngineFloor, InteractionFigures } from './interaction';
import type { LegibilityFigures } from './legibility';
import type { LoadFigures } from './load';
import type { PerScenario } from './scenarios';
import type { SizeResult } from './size';
import type { InlineMapSize } from './staticFloor';

/** The deck export (`scripts/bench/deck.ts`, issue 16): steps exported, ms, .pptx bytes. */
export interface DeckFigures {
  readonly steps: number;
  readonly ms: number;
  readonly bytes: number;
}

/**
 * `bench/results.json`. `synthetic` is the uniform 10k atlas, `realistic` the realistic
 * one; a section that failed or could not be measured is null and says why in `notes`.
 */
export interface BenchResults {
  readonly meta: Readonly<Record<string, unknown>>;
  readonly load: PerScenario<LoadFigures> | null;
  readonly interaction: PerScenario<InteractionFigures | null>;
  readonly size: SizeResult;
  readonly heap: {
    readonly seedsMb: number;
    readonly syntheticMb: number;
    readonly realisticMb: number;
  } | null;
  /** Issue 17: the first fitted view at 1280×720, read through `window.atlas.mapSnapshot()`. */
  readonly legibility: PerScenario<LegibilityFigures | null>;
  readonly ingest: IngestFigures | null;
  /** Issue 8: the atlas's first map frame against the ECharts peer's first render, on the seeds. */
  readonly firstPaint: { readonly seeds: FirstPaintFigures } | null;
  /** Issue 20: what the map baked into `index.html` adds to the page (gzip). */
  readonly inlineMap: InlineMapSize | null;
  /** The bare engine's cost of one repaint (bench/baseline.html), for reading the interaction figures. */
  readonly engineFloor: EngineFloor | null;
  /** Issue 16: a story exported as .pptx; null until `scripts/bench/deck.ts` is wired in. */
  readonly deck: DeckFigures | null;
  readonly notes: readonly string[];
}
