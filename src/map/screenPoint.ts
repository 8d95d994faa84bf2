/**
 * `screenPointOf(map, regionId)`: where on the page a real click selects a region on
 * the MapLibre map, for tests and host pages (`window.atlas.screenPoint`). It asks the same
 * picking rule the click handler uses, so the answer is a point that works.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LonLatBounds } from '../domain/mapFeatures';
import type { RegionId } from '../domain/schema';
import { pickAt, type PickContext } from './picking';

/** The live map and how to find a region on it. */
export interface Locator {
  readonly map: MapLibreMap;
  readonly container: HTMLElement;
  context: () => PickContext;
  point: (id: RegionId) => readonly [number, number] | null;
  bounds: (id: RegionId) => LonLatBounds | null;
}

const STEP = 6;
const MARGIN = 3;

/**
 * Page (viewport) pixel coordinates where a click selects `regionId`: its
 * marker or label point when that is where the click lands, otherwise the
 * nearest spot inside its polygon that picks it. Null when the map is not
 * drawn, the region is not shown under the filters, or it is off-screen.
 */
export function screenPointOf(
  current: Locator,
  regionId: RegionId,
): { x: number; y: number } | null {
  const { map, container, context } = current;
  const lonLat = current.point(regionId);
  if (!lonLat) return null;
  const width = container.clientWidth;
  const height = container.clientHeight;
  const inside = (x: number, y: number) =>
    x >= MARGIN && y >= MARGIN && x <= width - MARGIN && y <= height - MARGIN;
  const picks = (x: number, y: number) => {
    const t = pickAt(map, context(), x, y);
    return t?.kind === 'region' && t.id === regionId;
  };
  // A real pointer lands on whole pixels, maybe a pixel off: the spot and its neighbours must all pick.
  const hits = (x: number, y: number) =>
    inside(x, y) &&
    [
      [0, 0],
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ].every(([dx = 0, dy = 0]) => picks(Math.round(x) + dx, Math.round(y) + dy));
  const rect = container.getBoundingClientRect();
  const page = (x: number, y: number) => ({
    x: Math.round(rect.left + Math.round(x)),
    y: Math.round(rect.top + Math.round(y)),
  });

  const anchor = map.project([lonLat[0], lonLat[1]]);
  if (hits(anchor.x, anchor.y)) return page(anchor.x, anchor.y);

  // The anchor is covered (a child's marker, a label): search the region's box, nearest first.
  const box = current.bounds(regionId);
  if (!box) return null;
  const a = map.project([box[0][0], box[1][1]]);
  const b = map.project([box[1][0], box[0][1]]);
  const candidates: { x: number; y: number; d: number }[] = [];
  for (
    let x = Math.max(MARGIN, Math.min(a.x, b.x));
    x <= Math.min(width - MARGIN, Math.max(a.x, b.x));
    x += STEP
  ) {
    for (
      let y = Math.max(MARGIN, Math.min(a.y, b.y));
      y <= Math.min(height - MARGIN, Math.max(a.y, b.y));
      y += STEP
    ) {
      candidates.push({ x, y, d: Math.hypot(x - anchor.x, y - anchor.y) });
    }
  }
  candidates.sort((p, q) => p.d - q.d);
  for (const c of candidates.slice(0, 2000)) if (hits(c.x, c.y)) return page(c.x, c.y);
  return null;
}
