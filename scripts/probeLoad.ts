/**
 * `npx tsx scripts/probeLoad.ts --root <dir> --page before/ --page after/ --query '' --query '?data=…'`:
 * a quick, local measure of the data path (not a test, not the bench). Serves `--root`
 * with `vite preview` on `--port` (4207), then for each query loads every page in turn,
 * alternating their order, in a fresh context each time, and reports the main thread's
 * CPU time to `window.atlas.ready` (CDP `ThreadTime`), the wall time to ready and the
 * JS heap after a forced GC. `--profile` also samples the main thread of one extra load
 * per page and query and prints the functions with the most self time. `--interact N
 * --atlas <file>` then makes N filter changes and N selections (the benchmark's, drawn
 * from the atlas file) on one loaded page each and reports their main-thread CPU; with
 * `--profile` it profiles them again (`PROBE_FRESH=1`: other changes, not yet cached).
 */
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import type { CDPSession } from '@playwright/test';
import { readCompiled } from './atlas/readCompiled';
import {
  evaluateWithin,
  heapAfterGc,
  launch,
  loadAndWait,
  mainThread,
  openPage,
  type BenchPage,
} from './bench/browser';
import { filterChanges, selectionChanges, type Change } from './bench/changes';
import { applyChange } from './bench/inPage';
import { median, quantile, round } from './bench/stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function keyOf(node: ProfileNode | undefined): string {
  const frame = node?.callFrame;
  const file = frame?.url.split('/').at(-1) ?? '';
  return `${frame?.functionName || '(anonymous)'} ${file}:${frame?.lineNumber ?? 0}`;
}

/** Self time and, for the page's own code, inclusive time (each function once per sample). */
function topTimes(profile: Profile, n: number): { self: string[]; total: string[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const key = keyOf(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node?.callFrame.url.includes('/assets/index-')) continue;
      const k = keyOf(node);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${key}`);
  return { self: top(self), total: top(total) };
}

async function profiled(cdp: CDPSession, run: () => Promise<unknown>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  return profile as unknown as Profile;
}

async function interact(p: BenchPage, changes: readonly Change[]): Promise<number[]> {
  const cpu: number[] = [];
  for (const change of changes) {
    const before = (await mainThread(p.cdp)).cpuMs;
    await evaluateWithin(p, applyChange(change), JSON.stringify(change));
    cpu.push((await mainThread(p.cdp)).cpuMs - before);
  }
  return cpu;
}

const summary = (v: number[]) =>
  `p50 ${round(median(v), 0)} / p95 ${round(quantile(v, 0.95), 0)} ms [${v.map((x) => round(x, 0)).join(', ')}]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string' },
      page: { type: 'string', multiple: true, default: [''] },
      query: { type: 'string', multiple: true, default: [''] },
      runs: { type: 'string', default: '4' },
      port: { type: 'string', default: '4207' },
      profile: { type: 'boolean', default: false },
      interact: { type: 'string', default: '0' },
      atlas: { type: 'string' },
    },
  });
  if (!values.root) throw new Error('--root <dir> is required (the directory to serve)');
  const port = Number(values.port);
  const server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir: values.root },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const origin = `http://127.0.0.1:${port}`;
  const browser = await launch();
  try {
    for (const query of values.query) {
      const cpu = new Map<string, number[]>(values.page.map((p) => [p, []]));
      const wall = new Map<string, number[]>(values.page.map((p) => [p, []]));
      const heap = new Map<string, number[]>(values.page.map((p) => [p, []]));
      const runs = Number(values.runs);
      for (let run = 0; run < runs; run++) {
        const order = run % 2 === 0 ? values.page : [...values.page].reverse();
        for (const page of order) {
          const p = await openPage(browser, origin);
          try {
            wall.get(page)?.push(await loadAndWait(p, `${origin}/${page}${query}`));
            cpu.get(page)?.push((await mainThread(p.cdp)).cpuMs);
            heap.get(page)?.push(await heapAfterGc(p.cdp));
          } finally {
            await p.close();
          }
        }
      }
      console.log(`\nquery "${query}", ${runs} alternating cold loads per page`);
      for (const page of values.page) {
        const c = cpu.get(page) ?? [];
        const w = wall.get(page) ?? [];
        const h = heap.get(page) ?? [];
        console.log(
          `  ${page || '(root)'}: main-thread CPU to ready median ${round(median(c), 0)} ms ` +
            `[${c.map((v) => round(v, 0)).join(', ')}]; wall median ${round(median(w), 0)} ms ` +
            `[${w.map((v) => round(v, 0)).join(', ')}]; heap median ${round(median(h))} MiB`,
        );
      }
      const n = Number(values.interact);
      if (n > 0 && values.atlas) {
        const atlas = readCompiled(values.atlas).full;
        const filters = filterChanges(atlas, n, 1);
        const selections = selectionChanges(atlas, n, 1);
        for (const page of values.page) {
          const p = await openPage(browser, origin);
          try {
            await loadAndWait(p, `${origin}/${page}${query}`);
            const f = await interact(p, filters);
            const s = await interact(p, selections);
            console.log(`  ${page || '(root)'} filters: ${summary(f)}`);
            console.log(`  ${page || '(root)'} selections: ${summary(s)}`);
            if (values.profile) {
              // New changes (another seed): the first time each filter is asked for, as measured above.
              const fresh = process.env.PROBE_FRESH === '1';
              const [fs, ss] = fresh
                ? [filterChanges(atlas, n, 7), selectionChanges(atlas, n, 7)]
                : [filters, selections];
              const again = { filters: fs, selections: ss, both: [...fs, ...ss] };
              const kind = process.env.PROBE_CHANGES === 'filters' ? 'filters' : 'both';
              const profile = await profiled(p.cdp, () => interact(p, again[kind]));
              const { self, total } = topTimes(profile, Number(process.env.PROBE_TOP ?? 30));
              console.log(`  top self time on the main thread over the changes again:`);
              for (const line of self) console.log(`    ${line}`);
              console.log(`  inclusive time of the app's own functions over the changes again:`);
              for (const line of total) console.log(`    ${line}`);
            }
          } finally {
            await p.close();
          }
        }
      }
      if (!values.profile) continue;
      for (const page of values.page) {
        const p = await openPage(browser, origin);
        try {
          const profile = await profiled(p.cdp, () => loadAndWait(p, `${origin}/${page}${query}`));
          const { self, total } = topTimes(profile, Number(process.env.PROBE_TOP ?? 30));
          console.log(
            `  profile of ${page || '(root)'}${query}, top self time on the main thread:`,
          );
          for (const line of self) console.log(`    ${line}`);
          console.log(`  inclusive time of the app's own functions:`);
          for (const line of total) console.log(`    ${line}`);
        } finally {
          await p.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
