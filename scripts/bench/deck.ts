/**
 * Export → PowerPoint: the wall time of `window.atlas.exportDeck` for the
 * curated 10-step story at 1920×1080 pictures (target ≤ 10 s), the page's
 * main-thread CPU over the same span, and the file's size (target ≤ 15 MB),
 * on a page loaded once; next to it, one PNG export of the view at 1920×1080
 * (`exportImage`, the Export button's PNG) for comparison.
 */
import type { Browser } from '@playwright/test';
import { evaluateWithin, loadAndWait, mainThread, openPage } from './browser';
import { round, summarise, type Summary } from './stats';

/** The story the targets are stated for (10 steps). */
export const DECK_STORY = 'decade-of-cooperation';

export interface DeckFigures {
  readonly story: string;
  /** Wall ms of one export, over the runs. */
  readonly wall: Summary;
  /** Main-thread CPU ms of one export (robust to a busy machine). */
  readonly cpu: Summary;
  /** Size of the file in MB (10^6 bytes); the same every run (the deck is reproducible). */
  readonly mb: number;
  /** True when every run gave the same bytes. */
  readonly sameBytes: boolean;
  /** One PNG export of the view at 1920×1080, wall ms. */
  readonly pngMs: number;
}

// Plain JavaScript strings (see inPage.ts): tsx rewrites functions, so they cannot be sent as code.
const EXPORT_DECK = `(async () => {
  const t0 = performance.now();
  const blob = await window.atlas.exportDeck({ story: ${JSON.stringify(DECK_STORY)}, width: 1920 });
  const ms = performance.now() - t0;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return { ms, size: blob.size, digest: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
})()`;

const EXPORT_PNG = `(async () => {
  const t0 = performance.now();
  await window.atlas.exportImage({ width: 1920, height: 1080 });
  return performance.now() - t0;
})()`;

interface DeckRun {
  readonly ms: number;
  readonly size: number;
  readonly digest: string;
}

function isRun(value: unknown): value is DeckRun {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ms' in value &&
    typeof value.ms === 'number' &&
    'size' in value &&
    typeof value.size === 'number' &&
    'digest' in value &&
    typeof value.digest === 'string'
  );
}

/** Loads the atlas once, exports the story `runs` times, then one PNG. */
export async function measureDeck(
  browser: Browser,
  origin: string,
  runs: number,
  log: (line: string) => void = () => undefined,
): Promise<DeckFigures> {
  const p = await openPage(browser, origin);
  try {
    await loadAndWait(p, `${origin}/?lang=zh`);
    const wall: number[] = [];
    const cpu: number[] = [];
    const digests = new Set<string>();
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const before = await mainThread(p.cdp);
      const run = await evaluateWithin(p, EXPORT_DECK, 'deck export');
      const after = await mainThread(p.cdp);
      if (!isRun(run)) throw new Error(`deck export: no result (${String(run)})`);
      wall.push(run.ms);
      cpu.push(after.cpuMs - before.cpuMs);
      digests.add(run.digest);
      size = run.size;
      log(`deck ${i + 1}/${runs}: ${round(run.ms, 0)} ms, ${round(run.size / 1e6, 2)} MB`);
    }
    const png = await evaluateWithin(p, EXPORT_PNG, 'PNG export');
    if (p.errors.length > 0) throw new Error(`deck export: ${p.errors.join('; ')}`);
    return {
      story: DECK_STORY,
      wall: summarise(wall),
      cpu: summarise(cpu),
      mb: round(size / 1e6, 2),
      sameBytes: digests.size === 1,
      pngMs: round(Number(png), 0),
    };
  } finally {
    await p.close();
  }
}
