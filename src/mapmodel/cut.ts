/**
 * Which places to open up at a camera: starting from provinces, a merged place is
 * opened (its own links and its children's drawn apart) when its children would be
 * told apart on screen and the drawing budget allows (or the place fills the view),
 * busiest place first. The budget
 * counts the flows with an end in view: zooming in therefore breaks flows out into
 * prefecture and county links inside the view, however many flows the whole atlas has
 * elsewhere, and however many pass over the view between places outside it (those are
 * drawn as the budget leaves room, `flowLayout`). The selection plays no part: clicking a
 * place changes no other place's detail (its own links are drawn apart on top).
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Link } from '../domain/links';
import type { RegionId } from '../domain/schema';
import type { ViewSize } from './camera';
import { pairKey } from '../domain/pairs';
import { endsUnder, groupLinks, type Cut, type FlowEnd } from './flows';

type Point = readonly [number, number];

/** Where the map's places are on screen at one camera. */
export interface Screen {
  readonly index: AtlasIndex;
  /** Screen pixels of a lon/lat at the current camera. */
  readonly project: (lonLat: readonly [number, number]) => readonly [number, number] | null;
  readonly size: ViewSize;
}

/** What choosing a cut needs. */
export interface CutInput extends Screen {
  readonly links: readonly Link[];
  /** At most this many flows with an end in view (more only where opening a place adds none). */
  readonly budget: number;
}

/** Places closer than this on screen cannot be told apart: their parent stays merged. */
export const MIN_SEPARATION_PX = 16;

interface Candidate {
  readonly id: RegionId;
  weight: number;
  readonly links: Link[];
}

function candidates(index: AtlasIndex, input: CutInput, cut: Cut): Candidate[] {
  const byId = new Map<RegionId, Candidate>();
  const grouped = groupLinks(index, input.links, cut);
  const note = (end: FlowEnd, links: readonly Link[], weight: number) => {
    if (!end.deep) return;
    const c = byId.get(end.id) ?? { id: end.id, weight: 0, links: [] };
    c.weight += weight;
    c.links.push(...links);
    byId.set(end.id, c);
  };
  for (const f of grouped.flows) {
    note(f.a, f.links, f.events);
    note(f.b, f.links, f.events);
  }
  for (const [key, links] of grouped.inner) {
    const end = { id: key.replace(/\*$/u, ''), deep: key.endsWith('*') };
    note(end, links, links.length);
  }
  return [...byId.values()].sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1));
}

function inView(p: Point | null, size: ViewSize): boolean {
  return !!p && p[0] >= 0 && p[1] >= 0 && p[0] <= size.width && p[1] <= size.height;
}

/** Whether the segment p–q meets the view (Liang–Barsky clipping against the view's box). */
function crossesView(p: Point, q: Point, size: ViewSize): boolean {
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
  let [t0, t1] = [0, 1];
  const edges: readonly (readonly [number, number])[] = [
    [-dx, p[0]],
    [dx, size.width - p[0]],
    [-dy, p[1]],
    [dy, size.height - p[1]],
  ];
  for (const [den, num] of edges) {
    if (den === 0) {
      if (num < 0) return false;
    } else if (den < 0) t0 = Math.max(t0, num / den);
    else t1 = Math.min(t1, num / den);
  }
  return t0 <= t1;
}

/** Where a flow's ends are on screen (null for an end without a point). */
function endsAt(screen: Screen, a: FlowEnd, b: FlowEnd) {
  const at = (end: FlowEnd) => {
    const point = screen.index.regionById.get(end.id)?.point;
    return point ? screen.project(point) : null;
  };
  return [at(a), at(b)] as const;
}

/** Whether a flow between `a` and `b` has an end in view. */
export function endInView(screen: Screen, a: FlowEnd, b: FlowEnd): boolean {
  const [p, q] = endsAt(screen, a, b);
  return inView(p, screen.size) || inView(q, screen.size);
}

/** Whether a flow between `a` and `b` is on screen: an end in view, or its line across it. */
export function onScreen(screen: Screen, a: FlowEnd, b: FlowEnd): boolean {
  const [p, q] = endsAt(screen, a, b);
  if (inView(p, screen.size) || inView(q, screen.size)) return true;
  return !!p && !!q && crossesView(p, q, screen.size);
}

/**
 * Where the ends a place's links get once it is opened are on screen; null when none is in
 * view or two of them could not be told apart.
 */
function endsWhenOpened(input: CutInput, cut: Cut, c: Candidate): Point[] | null {
  const { index } = input;
  const opened = endsUnder(index, new Set([...cut, c.id]));
  const ends = new Map<string, readonly [number, number] | null>();
  for (const link of c.links) {
    for (const id of [link.a, link.b]) {
      const { end, key } = opened(id);
      if (ends.has(key)) continue;
      if (end.id === c.id || index.ancestors.get(end.id)?.includes(c.id)) {
        const point = index.regionById.get(end.id)?.point;
        ends.set(key, point ? input.project(point) : null);
      }
    }
  }
  const points = [...ends.values()].filter((p) => p !== null);
  if (!points.some((p) => inView(p, input.size))) return null;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const p = points[i];
      const q = points[j];
      if (p && q && Math.hypot(p[0] - q[0], p[1] - q[1]) < MIN_SEPARATION_PX) return null;
    }
  }
  return points;
}

/**
 * A place whose opened ends spread over this share of the view's width and of its height is
 * what the view shows: it opens even beyond the budget, and the layout draws its strongest
 * flows and counts the rest. Without this, a place busier than the budget (Sichuan at
 * 10,000 articles) would stay one dot however far the view zooms in on it. In a view of the
 * whole country no province spreads so far.
 */
export const FILLS_VIEW = 1 / 2;

function fillsView(points: readonly Point[], size: ViewSize): boolean {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  return width >= FILLS_VIEW * size.width && height >= FILLS_VIEW * size.height;
}

/**
 * How many flows with an end in view the links of `c` make once it is opened (they
 * replace the ones they make now).
 */
function flowsWhenOpened(
  input: CutInput,
  cut: Cut,
  c: Candidate,
): { before: number; after: number } {
  const now = endsUnder(input.index, cut);
  const then = endsUnder(input.index, new Set([...cut, c.id]));
  const count = (ends: typeof now) => {
    const keys = new Set<string>();
    for (const link of c.links) {
      const a = ends(link.a);
      const b = ends(link.b);
      if (a.key === b.key) continue;
      const key = pairKey(a.key, b.key);
      if (!keys.has(key) && endInView(input, a.end, b.end)) keys.add(key);
    }
    return keys.size;
  };
  return { before: count(now), after: count(then) };
}

/** Flows with an end in view with `cut` opened: what the budget counts. */
export function flowsInView(input: CutInput, cut: Cut): number {
  return groupLinks(input.index, input.links, cut).flows.filter((f) => endInView(input, f.a, f.b))
    .length;
}

/** The places to open at this camera. Deterministic: same input, same cut. */
export function chooseCut(input: CutInput): Cut {
  const { index } = input;
  const cut = new Set<RegionId>();
  let flows = flowsInView(input, cut);
  const refused = new Set<RegionId>();
  for (;;) {
    let opened = false;
    for (const c of candidates(index, input, cut)) {
      if (refused.has(c.id)) continue;
      const { before, after } = flowsWhenOpened(input, cut, c);
      const overBudget = after > before && flows - before + after > input.budget;
      const ends = endsWhenOpened(input, cut, c);
      if (!ends || (overBudget && !fillsView(ends, input.size))) {
        refused.add(c.id);
        continue;
      }
      cut.add(c.id);
      flows += after - before;
      opened = true;
      break;
    }
    if (!opened) return cut;
  }
}
