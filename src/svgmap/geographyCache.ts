/**
 * One load of each boundaries file for the whole page. The SVG map's (the HTML
 * preloads it) starts with the page, so the map can paint in the first frame after
 * the atlas arrives; the topology is loaded and converted when first asked for: by
 * MapLibre when it starts, by the SVG map's South China Sea inset when its view
 * needs one, by an export. The WebGL map, the SVG map and the export share the results.
 */
import { useEffect, useState } from 'react';
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

/**
 * The GeoJSON as React state: loaded once `start` is true (null until then, and after a
 * failure, which `onError`, a function that stays the same, hears of). Asked for only where
 * it is drawn: converting it is 10–20 ms of main thread, which the user's first click after
 * load would otherwise pay.
 */
export function useGeography(start: boolean, onError: (error: unknown) => void): Geography | null {
  const [loaded, setLoaded] = useState<Geography | null>(geography.value);
  useEffect(() => {
    if (!start) return;
    let live = true;
    preloadGeography()
      .then((g) => live && setLoaded(g))
      .catch((error: unknown) => live && onError(error));
    return () => {
      live = false;
    };
  }, [start, onError]);
  return start ? loaded : null;
}
