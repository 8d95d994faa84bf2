/**
 * MapLibre's first view: where it starts, and `onReady` once it has drawn the atlas (the first
 * idle with the data, two frames later).
 */
import { useEffect, useRef } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import type { FilteredView } from '../domain/select';
import { DEFAULT_LIMITS } from '../mapmodel/camera';
import { fittedCamera } from '../mapmodel/fit';
import { firstViewBounds } from '../mapmodel/firstView';
import type { Geography } from '../mapmodel/geography';
import { inlineCamera } from '../svgmap/firstFrame';
import { getSvgView } from '../svgmap/viewStore';
import { moveMap, sizeOf } from './camera';
import type { MapHandle } from './useMapInstance';

/** What the first view needs: the atlas, its view and the boundaries (null until all are there). */
export interface FirstViewData {
  readonly index: AtlasIndex | null;
  readonly view: FilteredView | null;
  readonly geography: Geography | null;
}

/**
 * Places MapLibre's first view and calls `onReady` when it is drawn. MapLibre follows the SVG map's
 * camera until the hand-over (see `useHandover`); started before the SVG map's first paint
 * (`svgPainted` false: there is no SVG step), it starts at the
 * camera that map starts at, the baked picture's, and only without either fits the view.
 */
export function useFirstView(
  handle: MapHandle | null,
  data: FirstViewData | null,
  svgPainted: boolean,
  onReady: () => void,
): void {
  // The map the first view was placed on (a new map, e.g. after StrictMode's remount, again).
  const placed = useRef<MapHandle | null>(null);
  const index = data?.index ?? null;
  const view = data?.view ?? null;
  const geography = data?.geography ?? null;
  useEffect(() => {
    if (!handle || !index || !view || !geography || placed.current === handle) return;
    placed.current = handle;
    const { map, sync } = handle;
    if (!svgPainted) {
      const fitted = firstViewBounds(index, view, geography.bounds);
      const start =
        getSvgView().camera ??
        inlineCamera(fitted) ??
        fittedCamera(fitted, sizeOf(map), DEFAULT_LIMITS);
      moveMap(map, start, 'instant');
    }
    const onIdle = () => {
      if (!sync.hasAtlasData()) return;
      map.off('idle', onIdle);
      // Idle: MapLibre has nothing left to draw. Two frames later its last frame is on screen
      // (the browser may still be drawing it), and only then is the map interactive.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (placed.current === handle) onReady();
        }),
      );
    };
    map.on('idle', onIdle);
    map.triggerRepaint();
  }, [handle, index, view, geography, svgPainted, onReady]);
}
