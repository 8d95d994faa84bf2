/**
 * The first move of the camera. The SVG map is the map while the camera rests; the first move
 * starts MapLibre (its code, worker, boundaries and first frames) under it, which then takes
 * over. That start-up is the cost the load figures no longer carry: on a loaded, settled page
 * (a fresh context each run), a click on 放大 (zoom in), measured from the click until the SVG
 * map has faded out over MapLibre and the page is settled: wall time and main-thread CPU.
 */
import type { Browser } from '@playwright/test';
import { evaluateWithin, loadAndWait, mainThread, openPage } from './browser';
import type { Scenario } from './scenarios';
import { round, summarise, type Summary } from './stats';

export interface HandoverFigures {
  /** Click → MapLibre has taken over and the page is settled, ms. */
  readonly wall: Summary;
  /** Main-thread CPU over the same span, ms. */
  readonly cpu: Summary;
  readonly samples: { readonly wall: readonly number[]; readonly cpu: readonly number[] };
}

// Plain JavaScript (see inPage.ts): click → no `.svgmap` left → settled.
const FIRST_MOVE = `(async () => {
  const t0 = performance.now();
  const zoomIn = document.querySelector('button[aria-label="放大"]');
  if (!zoomIn) throw new Error('no zoom-in button');
  zoomIn.click();
  while (document.querySelector('.svgmap')) await new Promise((r) => setTimeout(r, 20));
  await window.__bench.settle();
  return performance.now() - t0;
})()`;

async function firstMoveOnce(
  browser: Browser,
  origin: string,
  scenario: Scenario,
): Promise<{ wall: number; cpu: number }> {
  const p = await openPage(browser, origin);
  try {
    await loadAndWait(p, `${origin}/${scenario.query}`);
    await evaluateWithin(p, 'window.__bench.settle()', `${scenario.name} settled`);
    const before = await mainThread(p.cdp);
    const wall = await evaluateWithin(p, FIRST_MOVE, `${scenario.name}: MapLibre took over`);
    const after = await mainThread(p.cdp);
    if (typeof wall !== 'number') throw new Error(`first move: no time (${String(wall)})`);
    if (p.errors.length > 0) throw new Error(`first move: ${p.errors.join('; ')}`);
    return { wall, cpu: after.cpuMs - before.cpuMs };
  } finally {
    await p.close();
  }
}

/** The first move of the camera on `scenario`, `runs` times, each in a fresh context. */
export async function measureHandover(
  browser: Browser,
  origin: string,
  scenario: Scenario,
  runs: number,
  log: (line: string) => void,
): Promise<HandoverFigures> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await firstMoveOnce(browser, origin, scenario);
    wall.push(run.wall);
    cpu.push(run.cpu);
    log(
      `first move ${scenario.name} ${i + 1}/${runs}: ${round(run.wall, 0)} ms, CPU ${round(run.cpu, 0)} ms`,
    );
  }
  return {
    wall: summarise(wall),
    cpu: summarise(cpu),
    samples: { wall: wall.map((v) => round(v, 0)), cpu: cpu.map((v) => round(v, 0)) },
  };
}
