/**
 * First paint: navigation start → the atlas's first map frame (the mark
 * `atlas:first-map-paint`, set in the frame the SVG map is painted) against →
 * the ECharts peer's first complete frame (`window.peerFirstRender`, its first
 * `finished` event), both with the seed atlas, in fresh contexts (cold cache),
 * alternating the order on every run so drift hits all alike.
 *
 * The same runs measure what the SVG step costs: navigation → `window.atlas.ready`
 * for the atlas against the same app built without it (`NO_SVG_APP`, MapLibre
 * from the start, as before the SVG map existed).
 *
 * A mark is not the screen: each run also loads the atlas and the peer once more
 * under a screencast and reads when a map is first on screen (see `onScreen.ts`), and
 * so the static floor: the atlas's page without its code, the baked map alone
 * (`staticFloor.ts`). And what the baked map costs the live one: `window.atlas.ready`
 * against the app built without it (`NO_INLINE_APP`).
 */
import type { Browser } from '@playwright/test';
import { evaluateWithin, openPage, PAGE_TIMEOUT_MS, type BenchPage } from './browser';
import { READY_TIME } from './inPage';
import { watchScreen } from './onScreen';
import { NO_INLINE_APP, STATIC_FLOOR } from './staticFloor';
import { median, quantile, round } from './stats';

/** Where the peer page is served, next to the app. */
export const ECHARTS_PEER = 'bench/peers/echarts.html';
/** Where the app built with `VITE_SVG_FIRST=off` is served. */
export const NO_SVG_APP = 'bench/no-svg/';

/** Load-to-interactive (navigation → `window.atlas.ready`), with and without the SVG step. */
export interface InteractiveFigures {
  /** Median ms. */
  readonly atlasMs: number;
  readonly noSvgMs: number;
  /** Ratio of the medians, atlas / without the SVG step (target ≤ 1.0). */
  readonly ratio: number;
  readonly samples: { readonly atlas: readonly number[]; readonly noSvg: readonly number[] };
}

/** Load-to-interactive with and without the map baked into the page. */
export interface InlineFigures {
  /** Median ms. */
  readonly atlasMs: number;
  readonly noInlineMs: number;
  /** Ratio of the medians, atlas / without the baked map (target ≤ 1.0). */
  readonly ratio: number;
  readonly samples: { readonly noInline: readonly number[] };
}

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
  /** Read from the pixels in loads of their own (see onScreen.ts): median ms until a map is first on screen. */
  readonly onScreen: {
    readonly atlasMs: number;
    readonly echartsMs: number;
    readonly ratio: number;
    /** The static floor (the page's baked map alone, `staticFloor.ts`): median ms, atlas / floor. */
    readonly floorMs: number;
    readonly floorRatio: number;
    readonly samples: {
      readonly atlas: readonly number[];
      readonly echarts: readonly number[];
      readonly floor: readonly number[];
    };
  };
  readonly interactive: InteractiveFigures;
  readonly inline: InlineFigures;
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

async function moment(p: BenchPage, url: string, script: string, what: string): Promise<number> {
  const at = await evaluateWithin(p, script, `${url}: no ${what}`);
  if (typeof at !== 'number') throw new Error(`${url}: no ${what} time (${String(at)})`);
  if (p.errors.length > 0) throw new Error(`${url}: ${p.errors.join('; ')}`);
  return at;
}

/** Loads `url` cold; resolves with the moment `paint` reports and, if asked, `window.atlas.ready`. */
async function load(
  browser: Browser,
  url: string,
  paint: string | null,
): Promise<{ paint: number; ready: number }> {
  const p = await openPage(browser, new URL(url).origin);
  try {
    await p.page.goto(url, { waitUntil: 'commit' });
    const painted = paint === null ? NaN : await moment(p, url, paint, 'first paint');
    const ready = paint === PEER_PAINT ? NaN : await moment(p, url, READY_TIME, 'ready');
    return { paint: painted, ready };
  } finally {
    await p.close();
  }
}

/** Loads `url` cold under a screencast (loads of their own: it costs the page some time); ms until a map is on screen. */
async function loadOnScreen(browser: Browser, url: string): Promise<number> {
  const p = await openPage(browser, new URL(url).origin);
  try {
    const screen = await watchScreen(p.cdp);
    await p.page.goto(url, { waitUntil: 'commit' });
    const origin = Number(await p.page.evaluate('performance.timeOrigin'));
    const at = await screen.firstMap(origin, PAGE_TIMEOUT_MS);
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
  const screen = { atlas: [] as number[], echarts: [] as number[], floor: [] as number[] };
  const ready: number[] = [];
  const noSvg: number[] = [];
  const noInline: number[] = [];
  const pages = ['atlas', 'echarts', 'noSvg', 'floor', 'noInline'] as const;
  for (let run = 0; run < runs; run++) {
    // Rotate the order so no page always goes first.
    const order = pages.map((_, i) => pages[(i + run) % pages.length] ?? 'atlas');
    for (const which of order) {
      if (which === 'atlas') {
        const at = await load(browser, `${origin}/`, ATLAS_PAINT);
        atlas.push(at.paint);
        ready.push(at.ready);
        screen.atlas.push(await loadOnScreen(browser, `${origin}/`));
      } else if (which === 'echarts') {
        echarts.push((await load(browser, `${origin}/${ECHARTS_PEER}`, PEER_PAINT)).paint);
        screen.echarts.push(await loadOnScreen(browser, `${origin}/${ECHARTS_PEER}`));
      } else if (which === 'floor') {
        screen.floor.push(await loadOnScreen(browser, `${origin}/${STATIC_FLOOR}`));
      } else if (which === 'noInline') {
        noInline.push((await load(browser, `${origin}/${NO_INLINE_APP}`, null)).ready);
      } else noSvg.push((await load(browser, `${origin}/${NO_SVG_APP}`, null)).ready);
    }
    const last = (v: number[]) => round(v.at(-1) ?? NaN, 0);
    log(
      `first paint ${run + 1}/${runs}: atlas ${last(atlas)} ms, ECharts ${last(echarts)} ms; on screen: atlas ${last(screen.atlas)} ms, ECharts ${last(screen.echarts)} ms, static floor ${last(screen.floor)} ms; ready: atlas ${last(ready)} ms, without the SVG step ${last(noSvg)} ms, without the baked map ${last(noInline)} ms`,
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
      onScreen: {
        atlasMs: round(median(screen.atlas), 0),
        echartsMs: round(median(screen.echarts), 0),
        ratio: round(median(screen.atlas) / median(screen.echarts), 2),
        floorMs: round(median(screen.floor), 0),
        floorRatio: round(median(screen.atlas) / median(screen.floor), 2),
        samples: {
          atlas: screen.atlas.map((v) => round(v, 0)),
          echarts: screen.echarts.map((v) => round(v, 0)),
          floor: screen.floor.map((v) => round(v, 0)),
        },
      },
      interactive: {
        atlasMs: round(median(ready), 0),
        noSvgMs: round(median(noSvg), 0),
        ratio: round(median(ready) / median(noSvg), 2),
        samples: { atlas: ready.map((v) => round(v, 0)), noSvg: noSvg.map((v) => round(v, 0)) },
      },
      inline: {
        atlasMs: round(median(ready), 0),
        noInlineMs: round(median(noInline), 0),
        ratio: round(median(ready) / median(noInline), 2),
        samples: { noInline: noInline.map((v) => round(v, 0)) },
      },
    },
  };
}
