/**
 * Code that runs inside the benchmarked pages. Kept as plain JavaScript
 * strings: tsx rewrites functions (`__name(...)`), so `fn.toString()` would not
 * run in the page.
 */

/**
 * Installed before any page script. Records, relative to navigation start:
 * when `window.atlas.ready` or `window.baselineReady` resolves (by trapping
 * the assignment), load errors, and every long task. `__bench.settle()` waits
 * until the current state is rendered: `window.atlas.idle()` when the app
 * offers it, otherwise until no animation frame is requested, no MapLibre
 * worker request is open (MapLibre's own idle condition, seen from outside) and the
 * DOM has not changed for 50 ms; the change ends at the last of these activities.
 */
export const INIT_SCRIPT = `(() => {
  const bench = { readyAt: null, error: null, longTasks: [], settledBy: null };
  Object.defineProperty(window, '__bench', { value: bench });
  const trap = (name, promiseOf) => {
    let value;
    Object.defineProperty(window, name, {
      configurable: true,
      enumerable: true,
      get: () => value,
      set: (next) => {
        value = next;
        Promise.resolve(promiseOf(next)).then(
          () => { if (bench.readyAt === null) bench.readyAt = performance.now(); },
          (e) => { bench.error = String((e && e.message) || e); },
        );
      },
    });
  };
  trap('atlas', (api) => api && api.ready);
  trap('baselineReady', (p) => p);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { bench.error = 'no longtask observer: ' + e; }
  // App-agnostic "idle": no animation frame requested, no MapLibre worker request unanswered
  // and no DOM change for 50 ms.
  const frameIds = new Set();
  let lastActivity = 0;
  const touch = () => { lastActivity = performance.now(); };
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    touch();
    const id = raf((t) => { frameIds.delete(id); try { callback(t); } finally { touch(); } });
    frameIds.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => { frameIds.delete(id); caf(id); };
  // A page that changes only its DOM (an SVG map, React's commits) requests no frame: its
  // mutations are activity too.
  new MutationObserver(touch).observe(document, {
    subtree: true, childList: true, attributes: true, characterData: true,
  });
  const pending = new Set();
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        touch();
        if (e.data && e.data.type === '<response>') pending.delete(e.data.id);
      });
    }
    postMessage(message, ...rest) {
      touch();
      if (message && typeof message.id === 'string') {
        if (message.type === '<cancel>') pending.delete(message.id);
        else if (message.type !== '<response>') pending.add(message.id);
      }
      return super.postMessage(message, ...rest);
    }
  };
  const frames = (n) => new Promise((resolve) => {
    const step = (k) => (k === 0 ? resolve() : raf(() => step(k - 1)));
    step(n);
  });
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // Resolves with the time the page was last busy, once the current state is rendered.
  bench.settle = async () => {
    const api = window.atlas;
    if (api && typeof api.idle === 'function') {
      bench.settledBy = 'window.atlas.idle()';
      await api.idle();
      return performance.now();
    }
    bench.settledBy = 'two frames, then no frame requested, no map worker request open and no DOM change for 50 ms';
    await frames(2);
    // At least the second frame after the change: the first one painted what it rendered.
    const framed = performance.now();
    for (;;) {
      await sleep(10);
      const quiet = frameIds.size === 0 && pending.size === 0;
      if (quiet && performance.now() - lastActivity >= 50) return Math.max(lastActivity, framed);
    }
  };
})();`;

/** Resolves with the ready time (ms since navigation start) or rejects with the page's load error. */
export const READY_TIME = `(async () => {
  const bench = window.__bench;
  while (bench.readyAt === null && bench.error === null) await new Promise((r) => setTimeout(r, 20));
  if (bench.error !== null) throw new Error(bench.error);
  return bench.readyAt;
})()`;

/** Applies one change through the automation API and waits until it is rendered; resolves with the wall time in ms. */
export function applyChange(change: unknown): string {
  return `(async () => {
    const t0 = performance.now();
    window.atlas.setState(${JSON.stringify(change)});
    const end = await window.__bench.settle();
    return end - t0;
  })()`;
}

/**
 * Makes the engine floor's paint change one repaint: MapLibre animates paint changes over
 * 300 ms by default (several frames), and nothing the atlas changes on a filter or a selection
 * animates. Run once, unmeasured, before {@link repaintBaseline}.
 */
export const BASELINE_SINGLE_FRAME = `(async () => {
  window.baselineMap.setPaintProperty('provinces-fill', 'fill-color-transition', { duration: 0, delay: 0 });
  await window.__bench.settle();
})()`;

/**
 * The engine floor's change on the baseline page: one paint property of one layer
 * toggled between two near-identical colours (`i` picks which), so MapLibre repaints
 * the same layers once and nothing else changes; measured like {@link applyChange}.
 */
export function repaintBaseline(i: number): string {
  const colour = i % 2 === 0 ? '#f6f4ef' : '#f7f5f0';
  return `(async () => {
    const t0 = performance.now();
    window.baselineMap.setPaintProperty('provinces-fill', 'fill-color', '${colour}');
    const end = await window.__bench.settle();
    return end - t0;
  })()`;
}

/** Long tasks (start, duration) that began after `since` ms and lasted more than `over` ms. */
export function longTasksAfter(since: number, over: number): string {
  return `window.__bench.longTasks.filter(([start, duration]) => start >= ${since} && duration > ${over})`;
}

/** What `settle()` waited for in the last change. */
export const SETTLED_BY = 'window.__bench.settledBy';
