/**
 * Load: navigation start → `window.atlas.ready` (data loaded, map idle) for
 * the atlas, against → `window.baselineReady` for the bare MapLibre page,
 * alternating which goes first on every run so drift hits both alike.
 */
import type { Browser } from '@playwright/test';
import { heapAfterGc, loadAndWait, mainThread, openPage } from './browser';
import { median, quantile, round } from './stats';

/** One data set the atlas is loaded with: its query string on the app URL. */
export interface Scenario {
  readonly name: 'seeds' | 'synthetic';
  readonly query: string;
}

export interface LoadFigures {
  /** Median ms. */
  readonly atlasMs: number;
  readonly baselineMs: number;
  /** Ratio of the medians, atlas / baseline. */
  readonly ratio: number;
  readonly atlasP95: number;
  readonly baselineP95: number;
  /** Median main-thread CPU ms until ready: the work, whatever else the machine is doing. */
  readonly atlasCpuMs: number;
  readonly baselineCpuMs: number;
  readonly runs: number;
  readonly samples: { readonly atlas: readonly number[]; readonly baseline: readonly number[] };
}

export interface LoadResult {
  readonly figures: Readonly<Record<Scenario['name'], LoadFigures>>;
  /** JS heap after load and a forced GC, MiB, median over the runs. */
  readonly heapMb: Readonly<Record<Scenario['name'], number>>;
}

interface Samples {
  readonly atlas: number[];
  readonly baseline: number[];
  readonly atlasCpu: number[];
  readonly baselineCpu: number[];
  readonly heap: number[];
}

function figuresOf(s: Samples): LoadFigures {
  const atlasMs = median(s.atlas);
  const baselineMs = median(s.baseline);
  return {
    atlasMs: round(atlasMs, 0),
    baselineMs: round(baselineMs, 0),
    ratio: round(atlasMs / baselineMs, 2),
    atlasP95: round(quantile(s.atlas, 0.95), 0),
    baselineP95: round(quantile(s.baseline, 0.95), 0),
    atlasCpuMs: round(median(s.atlasCpu), 0),
    baselineCpuMs: round(median(s.baselineCpu), 0),
    runs: s.atlas.length,
    samples: {
      atlas: s.atlas.map((v) => round(v, 0)),
      baseline: s.baseline.map((v) => round(v, 0)),
    },
  };
}

/** Runs `runs` alternating atlas/baseline loads of each scenario, in one browser. */
export async function measureLoad(
  browser: Browser,
  origin: string,
  scenarios: Readonly<Record<Scenario['name'], Scenario>>,
  runs: number,
  log: (line: string) => void,
): Promise<LoadResult> {
  const samples: Record<Scenario['name'], Samples> = {
    seeds: { atlas: [], baseline: [], atlasCpu: [], baselineCpu: [], heap: [] },
    synthetic: { atlas: [], baseline: [], atlasCpu: [], baselineCpu: [], heap: [] },
  };
  for (let run = 0; run < runs; run++) {
    for (const scenario of Object.values(scenarios)) {
      const into = samples[scenario.name];
      const order =
        run % 2 === 0 ? (['atlas', 'baseline'] as const) : (['baseline', 'atlas'] as const);
      for (const which of order) {
        const p = await openPage(browser, origin);
        try {
          const url =
            which === 'atlas' ? `${origin}/${scenario.query}` : `${origin}/bench/baseline.html`;
          into[which].push(await loadAndWait(p, url));
          into[which === 'atlas' ? 'atlasCpu' : 'baselineCpu'].push(
            (await mainThread(p.cdp)).cpuMs,
          );
          if (which === 'atlas') into.heap.push(await heapAfterGc(p.cdp));
        } finally {
          await p.close();
        }
      }
      const last = (v: number[]) => round(v.at(-1) ?? NaN, 0);
      log(
        `load ${scenario.name} ${run + 1}/${runs}: atlas ${last(into.atlas)} ms, baseline ${last(into.baseline)} ms`,
      );
    }
  }
  return {
    figures: { seeds: figuresOf(samples.seeds), synthetic: figuresOf(samples.synthetic) },
    heapMb: {
      seeds: round(median(samples.seeds.heap)),
      synthetic: round(median(samples.synthetic.heap)),
    },
  };
}
