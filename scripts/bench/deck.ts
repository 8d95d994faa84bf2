/**
 * Export → PowerPoint (issue 18): the wall time of `window.atlas.exportDeck` for a
 * curated story of at least 10 steps in Chinese, 16:9, 1920×1080 pictures (target
 * ≤ 10 s), the page's main-thread CPU over the same span, and the file's size (target
 * ≤ 15 MB), on the seeds atlas loaded once; after each deck, one PNG of the view at
 * 1920×1080 (`exportImage`, the Export button's PNG) for comparison per picture.
 * The first export also loads the exporter's code and fonts: it is reported apart.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { parse } from 'yaml';
import { evaluateWithin, loadAndWait, mainThread, openPage, type BenchPage } from './browser';
import { median, round } from './stats';

const STORIES = 'data/stories';
/** The length of story issue 18's target is stated for. */
const TARGET_STEPS = 10;

export interface DeckFigures {
  readonly story: string;
  readonly steps: number;
  /** Wall ms of one export, median over the runs. */
  readonly ms: number;
  /** Wall ms of the first export (cold: loads the exporter's code and fonts). */
  readonly firstMs: number;
  /** Main-thread CPU ms of one export, median (robust to a busy machine). */
  readonly cpuMs: number;
  /** Size of the .pptx; the same every run when `sameBytes` (the deck is reproducible). */
  readonly bytes: number;
  readonly sameBytes: boolean;
  /** One PNG of the view at 1920×1080, wall ms, median over the runs. */
  readonly pngMs: number;
  readonly samples: { readonly deck: readonly number[]; readonly png: readonly number[] };
}

/** A curated story and its number of steps. */
export interface StoryLength {
  readonly id: string;
  readonly steps: number;
}

/** The story the target is stated for: the shortest with at least 10 steps, else the longest. */
export function pickStory(stories: readonly StoryLength[]): StoryLength {
  const bySteps = [...stories].sort((a, b) => a.steps - b.steps || a.id.localeCompare(b.id));
  const story = bySteps.find((s) => s.steps >= TARGET_STEPS) ?? bySteps.at(-1);
  if (!story) throw new Error(`no story in ${STORIES}/`);
  return story;
}

/** The curated stories of `data/stories/*.yaml` (the ones the app is built with). */
async function curatedStories(): Promise<StoryLength[]> {
  const files = (await readdir(STORIES)).filter((f) => /\.ya?ml$/.test(f));
  return Promise.all(
    files.map(async (f) => {
      const story: unknown = parse(await readFile(join(STORIES, f), 'utf8'));
      const steps =
        typeof story === 'object' && story !== null && 'steps' in story ? story.steps : [];
      return { id: f.replace(/\.ya?ml$/, ''), steps: Array.isArray(steps) ? steps.length : 0 };
    }),
  );
}

// Plain JavaScript strings (see inPage.ts): tsx rewrites functions, so they cannot be sent as code.
const exportDeck = (story: string) => `(async () => {
  const t0 = performance.now();
  const blob = await window.atlas.exportDeck({ story: ${JSON.stringify(story)}, lang: 'zh', aspect: '16:9' });
  const ms = performance.now() - t0;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return { ms, bytes: blob.size, digest: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
})()`;

const EXPORT_PNG = `(async () => {
  const t0 = performance.now();
  await window.atlas.exportImage({ format: 'png', width: 1920, height: 1080 });
  return performance.now() - t0;
})()`;

interface DeckRun {
  readonly ms: number;
  readonly bytes: number;
  readonly digest: string;
}

function isRun(value: unknown): value is DeckRun {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ms' in value &&
    typeof value.ms === 'number' &&
    'bytes' in value &&
    typeof value.bytes === 'number' &&
    'digest' in value &&
    typeof value.digest === 'string'
  );
}

/** One deck export: its run and the main-thread CPU it took. */
async function timeDeck(p: BenchPage, story: string): Promise<DeckRun & { cpuMs: number }> {
  const before = await mainThread(p.cdp);
  const run = await evaluateWithin(p, exportDeck(story), 'deck export');
  const after = await mainThread(p.cdp);
  if (!isRun(run)) throw new Error(`deck export: no result (${String(run)})`);
  return { ...run, cpuMs: after.cpuMs - before.cpuMs };
}

/** Loads the seeds atlas once, then `runs` times exports the story and one PNG. */
export async function measureDeck(
  browser: Browser,
  origin: string,
  runs: number,
  log: (line: string) => void,
): Promise<DeckFigures> {
  const story = pickStory(await curatedStories());
  const p = await openPage(browser, origin);
  try {
    await loadAndWait(p, `${origin}/?lang=zh`);
    const deck: number[] = [];
    const cpu: number[] = [];
    const png: number[] = [];
    const digests = new Set<string>();
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const run = await timeDeck(p, story.id);
      deck.push(run.ms);
      cpu.push(run.cpuMs);
      digests.add(run.digest);
      bytes = run.bytes;
      png.push(Number(await evaluateWithin(p, EXPORT_PNG, 'PNG export')));
      log(
        `deck ${i + 1}/${runs}: ${story.id} (${story.steps} steps) ${round(run.ms, 0)} ms, ${round(run.bytes / 1e6, 2)} MB; PNG 1920×1080 ${round(png.at(-1) ?? NaN, 0)} ms`,
      );
    }
    if (p.errors.length > 0) throw new Error(`deck export: ${p.errors.join('; ')}`);
    const ms = (v: readonly number[]) => v.map((x) => round(x, 0));
    return {
      story: story.id,
      steps: story.steps,
      ms: round(median(deck), 0),
      firstMs: round(deck[0] ?? NaN, 0),
      cpuMs: round(median(cpu), 0),
      bytes,
      sameBytes: digests.size === 1,
      pngMs: round(median(png), 0),
      samples: { deck: ms(deck), png: ms(png) },
    };
  } finally {
    await p.close();
  }
}
