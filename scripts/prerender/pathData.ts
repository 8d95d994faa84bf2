/**
 * The boundaries' path data made small enough for the page: coarser units and no part
 * that no picture shows. The SVG map's paths (`boundaries-svg.json`) are `M x,y`, `l dx,dy`
 * and `Z` in whole world units at `REF_ZOOM` (a tenth of a pixel at zoom 6). The first
 * frame is drawn at zoom 4–6, where a pixel is 10–40 of those units, so every position is
 * rounded to a multiple of `grid` units (steps that vanish are dropped) and every ring or
 * line lying wholly outside `keep` is left out. Positions are rounded absolute, never as
 * steps, so a border two polygons share stays one line.
 */
import type { AdminShape, GeoShapes } from '../../src/svgmap/geometry';

/** A box in world units at `REF_ZOOM`: left, top, right, bottom. */
export type WorldBox = readonly [number, number, number, number];

const COMMAND = /([MlZ])([-\d,]*)/g;

function pair(args: string, d: string): [number, number] {
  const [x, y] = args.split(',').map(Number);
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new Error(`path data: "${args}" is not a pair of numbers in "${d.slice(0, 60)}…"`);
  }
  return [x, y];
}

interface Part {
  /** Positions in grid units, absolute, without repeats. */
  readonly points: [number, number][];
  readonly closed: boolean;
  /** The part's box in world units (before rounding). */
  readonly box: [number, number, number, number];
}

function parts(d: string, grid: number): Part[] {
  const out: Part[] = [];
  let current: Part | null = null;
  let [x, y, startX, startY] = [0, 0, 0, 0];
  const begin = (): Part => {
    const part: Part = { points: [], closed: false, box: [x, y, x, y] };
    out.push(part);
    [startX, startY] = [x, y];
    return part;
  };
  const add = (part: Part) => {
    const p: [number, number] = [Math.round(x / grid), Math.round(y / grid)];
    const last = part.points.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) part.points.push(p);
    const b = part.box;
    [b[0], b[1], b[2], b[3]] = [
      Math.min(b[0], x),
      Math.min(b[1], y),
      Math.max(b[2], x),
      Math.max(b[3], y),
    ];
  };
  for (const [, command, args = ''] of d.matchAll(COMMAND)) {
    if (command === 'M') {
      [x, y] = pair(args, d);
      current = begin();
      add(current);
    } else if (command === 'l') {
      // After Z the pen is back at the ring's start: a step that follows starts a new part there.
      if (!current) add((current = begin()));
      const [dx, dy] = pair(args, d);
      x += dx;
      y += dy;
      add(current);
    } else if (current) {
      out[out.length - 1] = { ...current, closed: true };
      [x, y, current] = [startX, startY, null];
    }
  }
  return out;
}

function overlaps(a: readonly number[], b: WorldBox): boolean {
  const [al = 0, at = 0, ar = 0, ab = 0] = a;
  return al <= b[2] && ar >= b[0] && at <= b[3] && ab >= b[1];
}

// Numbers as short as SVG path data allows: a space between two, none before a minus;
// one `l` for all the steps of a part.
function numbers(values: readonly number[]): string {
  return values.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : String(n))).join('');
}

function write(part: Part): string {
  const [first, ...rest] = part.points;
  if (!first) return '';
  const steps: number[] = [];
  let [x, y] = first;
  for (const [px, py] of rest) {
    steps.push(px - x, py - y);
    [x, y] = [px, py];
  }
  const d = `M${numbers(first)}${steps.length ? `l${numbers(steps)}` : ''}`;
  return part.closed ? `${d}Z` : d;
}

/**
 * `d` in units of `grid` world units, without the rings and lines that lie wholly
 * outside `keep` or shrink to a point (a ring to fewer than three corners).
 */
export function coarsenPath(d: string, grid: number, keep: WorldBox): string {
  return parts(d, grid)
    .filter((p) => overlaps(p.box, keep))
    .filter((p) => p.points.length >= (p.closed ? 3 : 2))
    .map(write)
    .join('');
}

/** Every path of `shapes` coarsened (see {@link coarsenPath}); shapes left empty stay, with no path. */
export function coarsenShapes(shapes: GeoShapes, grid: number, keep: WorldBox): GeoShapes {
  const path = (d: string) => coarsenPath(d, grid, keep);
  const admin = (list: readonly AdminShape[]) => list.map((s) => ({ ...s, d: path(s.d) }));
  return {
    neighbours: path(shapes.neighbours),
    provinces: admin(shapes.provinces),
    regions: admin(shapes.regions),
    lakes: path(shapes.lakes),
    rivers: path(shapes.rivers),
    provinceBorders: path(shapes.provinceBorders),
    countryOutline: path(shapes.countryOutline),
    boundaryLines: path(shapes.boundaryLines),
  };
}
