/**
 * The map's two boundary loads as React state: the SVG map's path data at once, and
 * the GeoJSON when MapLibre starts (`start`). Both come from the page-wide cache in
 * `svgmap/geographyCache`.
 */
import { useEffect, useState } from 'react';
import type { SvgBoundaries } from '../svgmap/boundaries';
import { loadedSvgBoundaries, preloadSvgBoundaries, useGeography } from '../svgmap/geographyCache';
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

function noGeography(error: unknown) {
  // MapLibre has nothing to draw: the SVG map stays the map, as without WebGL.
  console.warn(`The map boundaries could not be loaded: ${String(error)}`);
  useAtlasStore.getState().setMapStatus('unavailable', 'noBoundaries');
}

/** The boundaries as GeoJSON for MapLibre, loaded once `start` is true (null until then). */
export function useMapGeography(start: boolean): Geography | null {
  return useGeography(start, noGeography);
}
