/**
 * `screenPointOf(map, regionId)` on the MapLibre map: it asks the picking rule the click
 * handler uses (`picking.ts`), so the answer is a point that works.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LonLatBounds } from '../domain/mapFeatures';
import type { RegionId } from '../domain/schema';
import { searchScreenPoint } from '../mapmodel/screenPoint';
import { pickAt, type PickContext } from './picking';

/** The live map and how to find a region on it. */
export interface Locator {
  readonly map: MapLibreMap;
  readonly container: HTMLElement;
  context: () => PickContext;
  point: (id: RegionId) => readonly [number, number] | null;
  bounds: (id: RegionId) => LonLatBounds | null;
}

/**
 * Page (viewport) pixel coordinates where a click selects `regionId`: its marker or label
 * point when that is where the click lands, otherwise the nearest spot inside its polygon
 * that picks it. Null when the map is not drawn, the region is not shown under the filters,
 * or it is off-screen.
 */
export function screenPointOf(
  current: Locator,
  regionId: RegionId,
): { x: number; y: number } | null {
  const { map, container, context } = current;
  const lonLat = current.point(regionId);
  if (!lonLat) return null;
  const rect = container.getBoundingClientRect();
  const page = (lon: number, lat: number) => {
    const p = map.project([lon, lat]);
    return [rect.left + p.x, rect.top + p.y] as const;
  };
  const anchor = page(lonLat[0], lonLat[1]);
  const box = current.bounds(regionId);
  const a = box && page(box[0][0], box[1][1]);
  const b = box && page(box[1][0], box[0][1]);
  return searchScreenPoint(regionId, {
    pick: (x, y) => pickAt(map, context(), x - rect.left, y - rect.top),
    tries: [anchor],
    polygon:
      a && b
        ? {
            box: [
              Math.min(a[0], b[0]),
              Math.min(a[1], b[1]),
              Math.max(a[0], b[0]),
              Math.max(a[1], b[1]),
            ],
            from: anchor,
          }
        : null,
    map: [
      rect.left,
      rect.top,
      rect.left + container.clientWidth,
      rect.top + container.clientHeight,
    ],
  });
}
