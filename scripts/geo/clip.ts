/**
 * Clipping `[lon, lat]` geometry to a longitude/latitude box, for the context layers
 * (neighbouring countries, rivers, lakes) that only need to cover the map's area.
 */
import type { LonLat, PolygonRings, Ring } from './geometry';
import { ringArea } from './geometry';

/** `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

type Edge = { inside: (p: LonLat) => boolean; cross: (a: LonLat, b: LonLat) => LonLat };

function edges([w, s, e, n]: BBox): Edge[] {
  const atX =
    (x: number) =>
    (a: LonLat, b: LonLat): LonLat => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: LonLat, b: LonLat): LonLat => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= w, cross: atX(w) },
    { inside: (p) => p[0] <= e, cross: atX(e) },
    { inside: (p) => p[1] >= s, cross: atY(s) },
    { inside: (p) => p[1] <= n, cross: atY(n) },
  ];
}

function openRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

/**
 * Clips a closed ring to the box (Sutherland–Hodgman). Returns the closed clipped ring,
 * or null when nothing with an area is left. Where a concave ring leaves and re-enters
 * the box, the result runs along the box edge: right for fills, and the edge is off-map.
 */
export function clipRing(ring: Ring, box: BBox): Ring | null {
  let points = openRing(ring);
  for (const edge of edges(box)) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      if (!current || !previous) continue;
      const curIn = edge.inside(current);
      const prevIn = edge.inside(previous);
      if (curIn !== prevIn) points.push(edge.cross(previous, current));
      if (curIn) points.push(current);
    }
    if (points.length === 0) return null;
  }
  const first = points[0];
  if (!first || points.length < 3 || ringArea([...points, first]) === 0) return null;
  return [...points, first];
}

/** Clips a polygon's rings; drops the polygon when its outer ring falls outside the box. */
export function clipPolygon(polygon: PolygonRings, box: BBox): PolygonRings | null {
  const [outer, ...holes] = polygon;
  const clippedOuter = outer && clipRing(outer, box);
  if (!clippedOuter) return null;
  const clippedHoles = holes.map((h) => clipRing(h, box)).filter((h): h is Ring => h !== null);
  return [clippedOuter, ...clippedHoles];
}

/** Clips the segment a→b to the box (Liang–Barsky); null when it lies outside. */
function clipSegment(a: LonLat, b: LonLat, [w, s, e, n]: BBox): [LonLat, LonLat] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const tests: [number, number][] = [
    [-dx, a[0] - w],
    [dx, e - a[0]],
    [-dy, a[1] - s],
    [dy, n - a[1]],
  ];
  for (const [p, q] of tests) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return null;
    }
  }
  const at = (t: number): LonLat => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/** Clips a line to the box; a line that leaves and re-enters becomes several lines. */
export function clipLine(line: Ring, box: BBox): Ring[] {
  const out: Ring[] = [];
  let current: Ring = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    const seg = a && b ? clipSegment(a, b, box) : null;
    if (!seg) {
      if (current.length > 1) out.push(current);
      current = [];
      continue;
    }
    const [p, q] = seg;
    const last = current[current.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) {
      if (current.length > 1) out.push(current);
      current = [p];
    }
    current.push(q);
    if (q !== b) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}
