/**
 * The shape of `bench/results.json`: one figure set per data set (seeds, the uniform
 * 10k atlas as `synthetic`, the realistic 10k atlas), per section.
 */
import type { DeckFigures } from './deck';
import type { DraftFigures } from './draft';
import type { FirstPaintFigures } from './firstPaint';
import type { HandoverFigures } from './handover';
import type { IngestFigures } from './ingest';
import type { EngineFloor, InteractionFigures } from './interaction';
import type { LegibilityFigures } from './legibility';
import type { LoadFigures } from './load';
import type { PerScenario } from './scenarios';
import type { SizeResult } from './size';
import type { InlineMapSize } from './staticFloor';

export type { DeckFigures } from './deck';
export type { DraftFigures } from './draft';

/**
 * `bench/results.json`. `synthetic` is the uniform 10k atlas, `realistic` the realistic
 * one; a section that failed, could not be measured or was not run (`--only`) is null and
 * the notes say why.
 */
export interface BenchResults {
  readonly meta: Readonly<Record<string, unknown>>;
  readonly load: PerScenario<LoadFigures> | null;
  readonly interaction: PerScenario<InteractionFigures | null>;
  readonly size: SizeResult | null;
  readonly heap: {
    readonly seedsMb: number;
    readonly syntheticMb: number;
    readonly realisticMb: number;
  } | null;
  /**
   * The first move of the camera: MapLibre starting and taking over from the SVG map, the
   * cost deferred from the load (seeds and realistic; uniform null).
   */
  readonly handover: PerScenario<HandoverFigures | null> | null;
  /** Issue 17: the first fitted view at 1280×720, read through `window.atlas.mapSnapshot()`. */
  readonly legibility: PerScenario<LegibilityFigures | null>;
  readonly ingest: IngestFigures | null;
  /** Issue 8: the atlas's first map frame against the ECharts peer's first render, on the seeds. */
  readonly firstPaint: { readonly seeds: FirstPaintFigures } | null;
  /** Issue 20: what the map baked into `index.html` adds to the page (gzip). */
  readonly inlineMap: InlineMapSize | null;
  /** The bare engine's cost of one repaint (bench/baseline.html), for reading the interaction figures. */
  readonly engineFloor: EngineFloor | null;
  /** Issue 18: a curated story exported as .pptx in the browser, next to one PNG export. */
  readonly deck: DeckFigures | null;
  /** Issue 19: click on 起草 after a paste → the draft on screen, in the browser. */
  readonly draft: DraftFigures | null;
  readonly notes: readonly string[];
}
