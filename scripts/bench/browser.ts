/**
 * The system Chromium, driven by Playwright, the way the end-to-end tests
 * drive it (`scripts/chromium.ts`): software WebGL, 1280×720, no network beyond the
 * local server, no animations. Each page gets a fresh context (cold cache).
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { INIT_SCRIPT, READY_TIME } from './inPage';

export const VIEWPORT = { width: 1280, height: 720 } as const;

/** Launches the system Chromium with the project's flags. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
}

/** A page in its own context, with the benchmark's init script and a CDP session. */
export interface BenchPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Opens a fresh page that may only talk to `origin`. */
export async function openPage(browser: Browser, origin: string): Promise<BenchPage> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors, close: () => context.close() };
}

/** How long one page may take to become ready or to settle after a change (`BENCH_TIMEOUT_S` overrides). */
export const PAGE_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 300) * 1000;

/** Evaluates `script` in the page, failing with `what` and the page's console errors after {@link PAGE_TIMEOUT_MS}. */
export async function evaluateWithin(p: BenchPage, script: string, what: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `${what}: no answer after ${PAGE_TIMEOUT_MS / 1000} s (${p.errors.join('; ') || 'no console errors'})`,
          ),
        ),
      PAGE_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([p.page.evaluate(script), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Navigates and resolves with the time from navigation start to ready, in ms. */
export async function loadAndWait(p: BenchPage, url: string): Promise<number> {
  await p.page.goto(url, { waitUntil: 'commit' });
  const ready = await evaluateWithin(p, READY_TIME, `${url} did not get ready`);
  if (typeof ready !== 'number') throw new Error(`${url}: no ready time (${String(ready)})`);
  if (p.errors.length > 0) throw new Error(`${url}: ${p.errors.join('; ')}`);
  return ready;
}

/**
 * The page's main thread so far, in ms: `taskMs`, the wall time of its tasks
 * (CDP TaskDuration), and `cpuMs`, the CPU time it used (ThreadTime). On a
 * busy machine a task's wall time includes the time it waited for a core; its
 * CPU time does not, so `cpuMs` is the work itself.
 */
export async function mainThread(cdp: CDPSession): Promise<{ taskMs: number; cpuMs: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => {
    const metric = metrics.find((m) => m.name === name);
    if (!metric) throw new Error(`Chromium reported no ${name} metric`);
    return metric.value * 1000;
  };
  return { taskMs: value('TaskDuration'), cpuMs: value('ThreadTime') };
}

/** JS heap in use after a forced garbage collection, in MiB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}
