/**
 * The map's two boundary loads as React state: the SVG map's path data at once, and
 * the GeoJSON (MapLibre, the South China Sea inset) once the SVG map's first frame
 * is out (`start`). Both come from the page-wide cache in `svgmap/geographyCache`.
 */
import { useEffect, useState } from 'react';
import type { SvgBoundaries } from '../svgmap/boundaries';
import {
  loadedSvgBoundaries,
  preloadGeography,
  preloadSvgBoundaries,
} from '../svgmap/geographyCache';
import { useAtlasStore } from '../state/store';
import type { Geography } from '../mapmodel/geography';

/** The SVG map's boundaries (null until loaded), and whether they failed to load. */
export function useSvgBoundaries(): { boundaries: SvgBoundaries | null; failed: boolean } {
  const [boundaries, setBoundaries] = useState<SvgBoundaries | null>(loadedSvgBoundaries);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    preloadSvgBoundaries()
      .then((b) => live && setBoundaries(b))
      .catch((error: unknown) => {
        console.warn(`The map boundaries could not be loaded: ${String(error)}`);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, []);
  return { boundaries, failed };
}

/** The boundaries as GeoJSON, loaded and converted once `start` is true (null until then). */
export function useGeography(start: boolean): Geography | null {
  const [geography, setGeography] = useState<Geography | null>(null);
  useEffect(() => {
    if (!start) return;
    let live = true;
    preloadGeography()
      .then((g) => live && setGeography(g))
      .catch((error: unknown) => {
        // MapLibre has nothing to draw: the SVG map stays the map, as without WebGL.
        console.warn(`The map boundaries could not be loaded: ${String(error)}`);
        if (live) useAtlasStore.getState().setMapStatus('unavailable', 'noBoundaries');
      });
    return () => {
      live = false;
    };
  }, [start]);
  return geography;
}
