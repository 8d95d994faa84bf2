/**
 * Interaction: for each filter change (years, sectors) and selection (region,
 * pair), the main thread's work from `setState` until the panel is painted and
 * the map idle: its CPU time (the headline: robust to a busy machine), its
 * task time, and the wall time of the same span. Long tasks over 100 ms after
 * load are collected for the whole session.
 */
import type { Browser } from '@playwright/test';
import type { Atlas } from '../../src/domain/schema';
import { evaluateWithin, loadAndWait, mainThread, openPage, type BenchPage } from './browser';
import { filterChanges, selectionChanges, type Change } from './changes';
import {
  BASELINE_SINGLE_FRAME,
  SETTLED_BY,
  applyChange,
  longTasksAfter,
  repaintBaseline,
} from './inPage';
import type { Scenario } from './scenarios';
import { round, summarise, type Summary } from './stats';

/** Loads the interaction figures pool: `--runs`, at most three (each load plays every change). */
export const INTERACTION_LOADS = (runs: number) => Math.max(1, Math.min(runs, 3));

/** Long tasks count as a problem above this many ms (the threshold). */
export const LONG_TASK_MS = 100;

/** Long tasks after load: how many were over {@link LONG_TASK_MS}, and the longest. */
export interface LongTasks {
  readonly over100ms: number;
  readonly maxMs: number;
}

/** The bare engine's cost of one repaint, and the long tasks its repaints made. */
export interface EngineFloor {
  readonly repaintCpu: Summary;
  readonly longTasks: LongTasks;
}

export interface InteractionFigures {
  /** Main-thread CPU ms per change, over all changes (filters and selections). */
  readonly p50: number;
  readonly p95: number;
  /** Main-thread CPU ms per filter change and per selection. */
  readonly filters: Summary;
  readonly selections: Summary;
  /** Main-thread task (wall) ms per change: equals CPU ms on an idle machine. */
  readonly task: Summary;
  /** Wall-clock ms from `setState` to painted and idle, all changes. */
  readonly wall: Summary;
  readonly longTasks: LongTasks;
  /** How "idle and painted" was detected. */
  readonly settledBy: string;
}

/** A page script that makes one change and resolves with its wall ms once settled; `what` names it in errors. */
interface Step {
  readonly script: string;
  readonly what: string;
}

/** Runs each step and measures the main thread around it. */
async function measureSteps(p: BenchPage, steps: readonly Step[]) {
  const cpu: number[] = [];
  const task: number[] = [];
  const wall: number[] = [];
  for (const { script, what } of steps) {
    const before = await mainThread(p.cdp);
    const ms = await evaluateWithin(p, script, what);
    const after = await mainThread(p.cdp);
    cpu.push(after.cpuMs - before.cpuMs);
    task.push(after.taskMs - before.taskMs);
    wall.push(typeof ms === 'number' ? ms : NaN);
  }
  return { cpu, task, wall };
}

function measureChanges(p: BenchPage, changes: readonly Change[]) {
  return measureSteps(
    p,
    changes.map((c) => ({ script: applyChange(c), what: `setState(${JSON.stringify(c)})` })),
  );
}

/**
 * The engine floor: main-thread CPU of the cheapest change a MapLibre map can show,
 * one repaint of the baseline page's layers (a paint property toggled), measured and
 * settled like the atlas's changes. What the atlas adds per change is its p50 over this.
 */
export async function measureEngineFloor(
  browser: Browser,
  origin: string,
  count: number,
): Promise<EngineFloor> {
  const p = await openPage(browser, origin);
  try {
    const readyAt = await loadAndWait(p, `${origin}/bench/baseline.html`);
    await evaluateWithin(p, BASELINE_SINGLE_FRAME, 'engine floor set-up');
    const steps = Array.from({ length: count }, (_, i) => ({
      script: repaintBaseline(i),
      what: 'baseline repaint',
    }));
    const { cpu } = await measureSteps(p, steps);
    if (p.errors.length > 0) throw new Error(`engine floor: ${p.errors.join('; ')}`);
    return { repaintCpu: summarise(cpu), longTasks: await longTasksSince(p, readyAt) };
  } finally {
    await p.close();
  }
}

/** Long tasks (over {@link LONG_TASK_MS}) the page has seen since `since` (ms from navigation). */
async function longTasksSince(p: BenchPage, since: number): Promise<LongTasks> {
  const long: unknown = await p.page.evaluate(longTasksAfter(since, LONG_TASK_MS));
  const durations = Array.isArray(long)
    ? long.map((t: unknown) => (Array.isArray(t) ? Number(t[1]) : NaN))
    : [];
  return { over100ms: durations.length, maxMs: round(Math.max(0, ...durations), 0) };
}

/** What the interaction plays: on `scenario`'s atlas, `count` filter changes and selections from `seed`. */
export interface InteractionRun {
  readonly browser: Browser;
  readonly origin: string;
  readonly scenario: Scenario;
  readonly atlas: Atlas;
  readonly count: number;
  readonly seed: number;
}

/** One load of the atlas of `scenario`: `count` filter changes, then `count` selections. */
async function oneLoad({ browser, origin, scenario, atlas, count, seed }: InteractionRun) {
  const p = await openPage(browser, origin);
  try {
    const readyAt = await loadAndWait(p, `${origin}/${scenario.query}`);
    const filters = await measureChanges(p, filterChanges(atlas, count, seed));
    await p.page.evaluate(applyChange({ years: null, sectors: [], region: null, pair: null }));
    const selections = await measureChanges(p, selectionChanges(atlas, count, seed));
    if (p.errors.length > 0)
      throw new Error(`${scenario.name} interaction: ${p.errors.join('; ')}`);
    const longTasks = await longTasksSince(p, readyAt);
    const settledBy: unknown = await p.page.evaluate(SETTLED_BY);
    return { filters, selections, longTasks, settledBy: String(settledBy) };
  } finally {
    await p.close();
  }
}

/**
 * Loads the atlas `loads` times and plays the same changes (`run`) on each; the figures pool every change of every load (a p95 of one
 * load's 60 changes is its third worst, and moved ±10 ms between runs).
 */
export async function measureInteraction(
  run: InteractionRun,
  loads: number,
): Promise<InteractionFigures> {
  const done: Awaited<ReturnType<typeof oneLoad>>[] = [];
  for (let i = 0; i < loads; i++) done.push(await oneLoad(run));
  const pooled = (pick: (d: (typeof done)[number]) => number[]) => done.flatMap(pick);
  const filterCpu = pooled((d) => d.filters.cpu);
  const selectionCpu = pooled((d) => d.selections.cpu);
  const all = summarise([...filterCpu, ...selectionCpu]);
  return {
    p50: all.p50,
    p95: all.p95,
    filters: summarise(filterCpu),
    selections: summarise(selectionCpu),
    task: summarise([...pooled((d) => d.filters.task), ...pooled((d) => d.selections.task)]),
    wall: summarise([...pooled((d) => d.filters.wall), ...pooled((d) => d.selections.wall)]),
    longTasks: {
      over100ms: done.reduce((n, d) => n + d.longTasks.over100ms, 0),
      maxMs: Math.max(0, ...done.map((d) => d.longTasks.maxMs)),
    },
    settledBy: done[0]?.settledBy ?? '',
  };
}
