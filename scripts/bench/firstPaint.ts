/**
 * First paint: navigation start → the atlas's first map frame (the mark
 * `atlas:first-map-paint`, set in the frame the SVG map is painted) against →
 * the ECharts peer's first complete frame (`window.peerFirstRender`, its first
 * `finished` event), both with the seed atlas, in fresh contexts (cold cache),
 * alternating which goes first on every run so drift hits both alike.
 */
import type { Browser } from '@playwright/test';
import { evaluateWithin, openPage } from './browser';
import { median, quantile, round } from './stats';

/** Where the peer page is served, next to the app. */
export const ECHARTS_PEER = 'bench/peers/echarts.html';

export interface FirstPaintFigures {
  /** Median ms from navigation start. */
  readonly atlasMs: number;
  readonly echartsMs: number;
  /** Ratio of the medians, atlas / ECharts (target ≤ 1.0). */
  readonly ratio: number;
  readonly atlasP95: number;
  readonly echartsP95: number;
  readonly runs: number;
  readonly samples: { readonly atlas: readonly number[]; readonly echarts: readonly number[] };
}

// Plain JavaScript (see inPage.ts): polls for the moment the page recorded, or its error.
function waitFor(read: string, error: string): string {
  return `(async () => {
    for (;;) {
      const at = ${read};
      if (typeof at === 'number') return at;
      const failed = ${error};
      if (failed) throw new Error(String(failed));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })()`;
}

const ATLAS_PAINT = waitFor(
  "performance.getEntriesByName('atlas:first-map-paint')[0]?.startTime",
  'window.__bench && window.__bench.error',
);
const PEER_PAINT = waitFor('window.peerFirstRender', 'window.peerError');

async function firstPaint(browser: Browser, url: string, script: string): Promise<number> {
  const p = await openPage(browser, new URL(url).origin);
  try {
    await p.page.goto(url, { waitUntil: 'commit' });
    const at = await evaluateWithin(p, script, `${url} did not paint`);
    if (typeof at !== 'number') throw new Error(`${url}: no first-paint time (${String(at)})`);
    if (p.errors.length > 0) throw new Error(`${url}: ${p.errors.join('; ')}`);
    return at;
  } finally {
    await p.close();
  }
}

/** Runs `runs` alternating atlas/peer loads of the seed atlas; resolves with the figures. */
export async function measureFirstPaint(
  browser: Browser,
  origin: string,
  runs: number,
  log: (line: string) => void,
): Promise<{ readonly seeds: FirstPaintFigures }> {
  const atlas: number[] = [];
  const echarts: number[] = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? (['atlas', 'echarts'] as const) : (['echarts', 'atlas'] as const);
    for (const which of order) {
      if (which === 'atlas') atlas.push(await firstPaint(browser, `${origin}/`, ATLAS_PAINT));
      else echarts.push(await firstPaint(browser, `${origin}/${ECHARTS_PEER}`, PEER_PAINT));
    }
    log(
      `first paint ${run + 1}/${runs}: atlas ${round(atlas.at(-1) ?? NaN, 0)} ms, ECharts ${round(echarts.at(-1) ?? NaN, 0)} ms`,
    );
  }
  const atlasMs = median(atlas);
  const echartsMs = median(echarts);
  return {
    seeds: {
      atlasMs: round(atlasMs, 0),
      echartsMs: round(echartsMs, 0),
      ratio: round(atlasMs / echartsMs, 2),
      atlasP95: round(quantile(atlas, 0.95), 0),
      echartsP95: round(quantile(echarts, 0.95), 0),
      runs,
      samples: { atlas: atlas.map((v) => round(v, 0)), echarts: echarts.map((v) => round(v, 0)) },
    },
  };
}
