/**
 * Load: navigation start → `window.atlas.ready` (data loaded, map idle) for
 * the atlas, against → `window.baselineReady` for the bare MapLibre page and,
 * when the atlas's first view could be read, for the equal-content floor (the
 * bare page plus that view's flows, points and labels as plain GeoJSON,
 * `bench/floor.html`). The order of the pages rotates on every run so drift
 * hits all alike.
 */
import type { Browser } from '@playwright/test';
import { heapAfterGc, loadAndWait, mainThread, openPage } from './browser';
import {
  floorUrl,
  perScenario,
  SCENARIO_NAMES,
  type PerScenario,
  type Scenario,
  type ScenarioName,
} from './scenarios';
import { median, quantile, round } from './stats';

/** The floor page's figures, or nulls when the atlas's first view could not be read. */
export interface FloorFigures {
  readonly floorMs: number | null;
  readonly floorP95: number | null;
  readonly floorCpuMs: number | null;
  /** Ratio of the medians, atlas / equal-content floor. */
  readonly ratioToFloor: number | null;
}

export interface LoadFigures extends FloorFigures {
  /** Median ms. */
  readonly atlasMs: number;
  readonly baselineMs: number;
  /** Ratio of the medians, atlas / baseline (the bare engine). */
  readonly ratio: number;
  readonly atlasP95: number;
  readonly baselineP95: number;
  /** Median main-thread CPU ms until ready: the work, whatever else the machine is doing. */
  readonly atlasCpuMs: number;
  readonly baselineCpuMs: number;
  readonly runs: number;
  readonly samples: {
    readonly atlas: readonly number[];
    readonly baseline: readonly number[];
    readonly floor: readonly number[];
  };
}

export interface LoadResult {
  readonly figures: PerScenario<LoadFigures>;
  /** JS heap after load and a forced GC, MiB, median over the runs. */
  readonly heapMb: PerScenario<number>;
}

const PAGES = ['atlas', 'baseline', 'floor'] as const;
type PageKind = (typeof PAGES)[number];

type Samples = Record<PageKind | 'atlasCpu' | 'baselineCpu' | 'floorCpu' | 'heap', number[]>;

const emptySamples = (): Samples => ({
  atlas: [],
  baseline: [],
  floor: [],
  atlasCpu: [],
  baselineCpu: [],
  floorCpu: [],
  heap: [],
});

const orNull = (values: readonly number[], f: (v: readonly number[]) => number) =>
  values.length > 0 ? round(f(values), 0) : null;

function figuresOf(s: Samples): LoadFigures {
  const atlasMs = median(s.atlas);
  const baselineMs = median(s.baseline);
  const floorMs = s.floor.length > 0 ? median(s.floor) : null;
  const ms = (v: readonly number[]) => v.map((x) => round(x, 0));
  return {
    atlasMs: round(atlasMs, 0),
    baselineMs: round(baselineMs, 0),
    ratio: round(atlasMs / baselineMs, 2),
    atlasP95: round(quantile(s.atlas, 0.95), 0),
    baselineP95: round(quantile(s.baseline, 0.95), 0),
    atlasCpuMs: round(median(s.atlasCpu), 0),
    baselineCpuMs: round(median(s.baselineCpu), 0),
    floorMs: floorMs === null ? null : round(floorMs, 0),
    floorP95: orNull(s.floor, (v) => quantile(v, 0.95)),
    floorCpuMs: orNull(s.floorCpu, median),
    ratioToFloor: floorMs === null ? null : round(atlasMs / floorMs, 2),
    runs: s.atlas.length,
    samples: { atlas: ms(s.atlas), baseline: ms(s.baseline), floor: ms(s.floor) },
  };
}

/**
 * Runs `runs` rotating loads of each scenario's atlas, the bare baseline and, for the
 * scenarios in `floors`, the equal-content floor, in one browser.
 */
export async function measureLoad(
  browser: Browser,
  origin: string,
  scenarios: PerScenario<Scenario>,
  floors: ReadonlySet<ScenarioName>,
  runs: number,
  log: (line: string) => void,
): Promise<LoadResult> {
  const samples = perScenario(emptySamples);
  for (let run = 0; run < runs; run++) {
    for (const scenario of SCENARIO_NAMES.map((n) => scenarios[n])) {
      const into = samples[scenario.name];
      const pages = PAGES.filter((p) => p !== 'floor' || floors.has(scenario.name));
      const order = pages.map((_, i) => pages[(i + run) % pages.length] ?? 'atlas');
      for (const which of order) {
        const p = await openPage(browser, origin);
        try {
          const path =
            which === 'atlas'
              ? scenario.query
              : which === 'baseline'
                ? 'bench/baseline.html'
                : floorUrl(scenario.name);
          into[which].push(await loadAndWait(p, `${origin}/${path}`));
          into[`${which}Cpu`].push((await mainThread(p.cdp)).cpuMs);
          if (which === 'atlas') into.heap.push(await heapAfterGc(p.cdp));
        } finally {
          await p.close();
        }
      }
      const last = (v: number[]) => (v.length ? round(v.at(-1) ?? NaN, 0) : '—');
      log(
        `load ${scenario.name} ${run + 1}/${runs}: atlas ${last(into.atlas)} ms, baseline ${last(into.baseline)} ms, floor ${last(into.floor)} ms`,
      );
    }
  }
  return {
    figures: perScenario((n) => figuresOf(samples[n])),
    heapMb: perScenario((n) => round(median(samples[n].heap))),
  };
}
