/**
 * One load of the boundaries for the whole page, started as early as possible
 * (the HTML preloads the file) so the SVG map can paint in the first frame after
 * the atlas arrives. The WebGL map, the SVG map and the export share the result.
 */
import type { Geography } from '../map/geography';
import { loadBoundaries } from './boundaries';
import type { GeoShapes } from './geometry';

let pending: Promise<Geography> | null = null;
let loaded: Geography | null = null;
const shapesByGeography = new WeakMap<Geography, GeoShapes>();

/** Starts loading the boundaries once; later calls return the same promise (a failure is retried). */
export function preloadGeography(): Promise<Geography> {
  pending ??= loadBoundaries().then(
    ({ geography, shapes }) => {
      shapesByGeography.set(geography, shapes);
      return (loaded = geography);
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The boundaries if they have already loaded, else null. */
export function loadedGeography(): Geography | null {
  return loaded;
}

/** The SVG path data of boundaries loaded here. */
export function geoShapes(geography: Geography): GeoShapes {
  const shapes = shapesByGeography.get(geography);
  if (!shapes) throw new Error('geoShapes: these boundaries were not loaded by preloadGeography');
  return shapes;
}
