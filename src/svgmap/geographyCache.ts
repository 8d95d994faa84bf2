/**
 * One load of each boundaries file for the whole page. The SVG map's (the HTML
 * preloads it) starts with the page, so the map can paint in the first frame after
 * the atlas arrives; the topology is loaded and converted when first asked for,
 * after that frame. The WebGL map, the SVG map and the export share the results.
 */
import type { Geography } from '../mapmodel/geography';
import { loadGeography, loadSvgBoundaries, type SvgBoundaries } from './boundaries';

/** Runs `load` once; later calls share its promise, and a failure is tried again. */
function once<T>(load: () => Promise<T>): { get(): Promise<T>; value(): T | null } {
  let pending: Promise<T> | null = null;
  let value: T | null = null;
  return {
    get: () =>
      (pending ??= load().then(
        (v) => (value = v),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      )),
    value: () => value,
  };
}

const svgBoundaries = once(loadSvgBoundaries);
const geography = once(loadGeography);

/** Starts loading the SVG map's boundaries (path data, region boxes, extent). */
export function preloadSvgBoundaries(): Promise<SvgBoundaries> {
  return svgBoundaries.get();
}

/** The SVG map's boundaries if they have already loaded, else null. */
export function loadedSvgBoundaries(): SvgBoundaries | null {
  return svgBoundaries.value();
}

/**
 * The boundaries as GeoJSON (the WebGL map, the insets, the export's WebGL capture):
 * loaded and converted on the first call, so ask after the SVG map's first frame.
 */
export function preloadGeography(): Promise<Geography> {
  return geography.get();
}
