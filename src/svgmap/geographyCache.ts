/**
 * One fetch of the boundaries for the whole page, started as early as
 * possible (before the atlas has finished loading) so the SVG map can paint
 * in the first frame after the atlas arrives. The WebGL map, the SVG map and
 * the export share the result.
 */
import { loadGeography, type Geography } from '../map/geography';

let pending: Promise<Geography> | null = null;
let loaded: Geography | null = null;

/** Starts loading the boundaries once; later calls return the same promise (a failure is retried). */
export function preloadGeography(): Promise<Geography> {
  pending ??= loadGeography().then(
    (g) => (loaded = g),
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
