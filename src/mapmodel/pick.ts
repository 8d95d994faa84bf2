/**
 * What a pointer at a point of the overlay (container pixels) is over, for both maps:
 * the nearest place marker within its radius and the tolerance, else a place's label,
 * else the topmost flow within its hit width. Region polygons are the renderer's to find.
 */
import type { Overlay } from './overlay';
import type { MapTarget } from './targets';

/** Pixels of slack around the pointer for markers and arcs. */
export const PICK_TOLERANCE = 4;

/** How far from a marker's centre a pointer still finds it (small markers get a finger's width). */
export function markerReach(radius: number): number {
  return Math.max(radius, PICK_TOLERANCE) + PICK_TOLERANCE;
}

type Point = readonly [x: number, y: number];

function distanceToSegment(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function distanceToLine(points: readonly Point[], x: number, y: number): number {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) best = Math.min(best, distanceToSegment(x, y, a, b));
  }
  return best;
}

/** The region or flow under (x, y), or null where the overlay has nothing. */
export function pickOverlay(overlay: Overlay, x: number, y: number): MapTarget {
  let nearest: { id: string; d: number } | null = null;
  for (const m of overlay.markers) {
    const d = Math.hypot(m.x - x, m.y - y);
    if (m.radius > 0 && d <= markerReach(m.radius) && d < (nearest?.d ?? Infinity)) {
      nearest = { id: m.id, d };
    }
  }
  if (nearest) return { kind: 'region', id: nearest.id };
  for (const l of overlay.labels) {
    const [x0, y0, x1, y1] = l.box;
    if (l.layer === 'region' && x >= x0 && x <= x1 && y >= y0 && y <= y1) {
      return { kind: 'region', id: l.id };
    }
  }
  // Arcs are drawn by count, the busiest last: the topmost is found first.
  for (let i = overlay.arcs.length - 1; i >= 0; i--) {
    const a = overlay.arcs[i];
    if (a && distanceToLine(a.points, x, y) <= a.hitWidth / 2 + PICK_TOLERANCE) {
      return { kind: 'link', id: a.key };
    }
  }
  return null;
}
