/**
 * The flows, place markers and labels over the MapLibre map, and the outlines of the hovered
 * and selected regions: what the SVG map draws (`svgmap/SvgOverlay`, `HighlightOutlines`),
 * laid out by the map model for MapLibre's camera in every frame it moves. It takes no pointer events: MapLibre's handlers pick what is under the
 * pointer from the same overlay (`picking.ts`), so a drag that starts on a flow pans.
 */
import { useLayoutEffect, useMemo, useSyncExternalStore, type RefObject } from 'react';
import type { Camera, ViewSize } from '../mapmodel/camera';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import { SvgOverlay } from '../svgmap/SvgOverlay';
import { cameraOf, sizeOf } from './camera';
import type { PickContext } from './picking';
import type { MapHandle } from './useMapInstance';
import { useOverlay } from '../svgmap/useOverlay';
import type { SvgBoundaries } from '../svgmap/boundaries';
import { svgTransform } from '../svgmap/geometry';
import { HighlightOutlines } from '../svgmap/SvgGeography';

interface LiveView {
  readonly camera: Camera;
  readonly size: ViewSize;
}

interface LiveStore {
  view: LiveView;
  readonly subscribe: (listener: () => void) => () => void;
}

const stores = new WeakMap<MapHandle, LiveStore>();

/** MapLibre's camera as it moves, one snapshot per change (for `useSyncExternalStore`). */
function liveView(handle: MapHandle): LiveStore {
  const known = stores.get(handle);
  if (known) return known;
  const { map } = handle;
  const read = (): LiveView => ({ camera: cameraOf(map), size: sizeOf(map) });
  const store: LiveStore = {
    view: read(),
    subscribe: (listener) => {
      const update = () => {
        store.view = read();
        listener();
      };
      map.on('move', update);
      map.on('resize', update);
      update();
      return () => {
        map.off('move', update);
        map.off('resize', update);
      };
    },
  };
  stores.set(handle, store);
  return store;
}

/** The overlay's class (the controller's snapshot reads its labels). */
export const OVERLAY_CLASS = 'atlas-map__overlay';

export interface WebglOverlayProps {
  readonly handle: MapHandle;
  /** The SVG map's path data: the hovered and selected regions' outlines are drawn from it. */
  readonly boundaries: SvgBoundaries | null;
  readonly features: MapFeatures;
  /** Font family of the labels. */
  readonly font: string;
  /** Where MapLibre's pointer handlers find what is drawn. */
  readonly pickRef: RefObject<PickContext>;
}

/** The overlay, filling the map area over the MapLibre canvas. */
export function WebglOverlay({ handle, boundaries, features, font, pickRef }: WebglOverlayProps) {
  const live = liveView(handle);
  const { camera, size } = useSyncExternalStore(live.subscribe, () => live.view);
  const { overlay, style, selected, hovered, fade } = useOverlay(features, camera, size, font);
  const shown = useMemo(() => new Set(features.regions), [features]);
  useLayoutEffect(() => {
    pickRef.current = { shown, overlay, features };
  }, [pickRef, shown, overlay, features]);
  return overlay ? (
    <svg className={OVERLAY_CLASS} width={size.width} height={size.height} aria-hidden="true">
      {boundaries ? (
        <HighlightOutlines
          shapes={boundaries.shapes}
          style={style}
          zoom={camera.zoom}
          transform={svgTransform(camera, size)}
          shown={shown}
          hovered={hovered}
          selected={selected}
        />
      ) : null}
      <SvgOverlay overlay={overlay} selected={selected} font={font} fade={fade} />
    </svg>
  ) : null;
}
