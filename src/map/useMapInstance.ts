/**
 * Creates the MapLibre map once per mounted container and wires the pointer:
 * hover (feature-state, tooltip, store `hovered`) and click (store `select`).
 * The map is removed only when the component unmounts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useState, type RefObject } from 'react';
import { useAtlasStore } from '../state/store';
import { holdFramesWhileLoading } from './frameGate';
import { setHover } from '../svgmap/hoverStore';
import { MapSync } from './mapSync';
import { toSelection, type MapTarget } from '../mapmodel/targets';
import { pickAt, type PickContext } from './picking';
import type { MapViewState } from '../mapmodel/camera';
import { baseStyle } from '../mapmodel/style/sources';
import { cameraOf, limitsOf, sizeOf } from './camera';

/** The live map and its synchroniser, or null before creation or when WebGL is unavailable. */
export interface MapHandle {
  readonly map: MapLibreMap;
  readonly sync: MapSync;
  /** What picking needs to know about the current view, read on every pointer event. */
  readonly context: () => PickContext;
  /** The view as it last came to rest (after a move or a resize). */
  readonly settled: () => MapViewState;
  readonly onSettled: (listener: () => void) => () => void;
}

// MapLibre is a chunk of its own, fetched when the first map is created (the first move of the
// camera): the SVG map draws without it.
async function createMap(container: HTMLElement): Promise<MapLibreMap | null> {
  try {
    const { Map: MapLibreMap, setWorkerUrl } = await import('maplibre-gl');
    setWorkerUrl(workerUrl);
    const map = new MapLibreMap({
      container,
      style: baseStyle(),
      center: [104, 33],
      zoom: 3,
      minZoom: 2,
      maxZoom: 10,
      maxBounds: [
        [40, -20],
        [170, 70],
      ],
      renderWorldCopies: false,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: 0,
      // A slide deck that scales the iframe up (reveal.js) asks for more pixels: `pixelRatio`.
      pixelRatio: useAtlasStore.getState().embed.pixelRatio ?? undefined,
    });
    holdFramesWhileLoading(map);
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    return map;
  } catch {
    return null;
  }
}

/**
 * Owns the map's lifetime. `context` tells picking which regions are shown;
 * it is read on every pointer event, so it may change without re-creating anything.
 * The map is created once `enabled` (after the SVG map's first paint).
 */
export function useMapInstance(
  containerRef: RefObject<HTMLDivElement | null>,
  context: () => PickContext,
  enabled = true,
): MapHandle | null {
  const [handle, setHandle] = useState<MapHandle | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !enabled) return;
    let live = true;
    let created: MapLibreMap | null = null;
    void createMap(container).then((map) => {
      if (!live) {
        map?.remove();
        return;
      }
      created = map;
      if (map) setHandle(wire(map, context));
      else useAtlasStore.getState().setMapStatus('unavailable');
    });
    return () => {
      live = false;
      setHandle(null);
      created?.remove();
    };
  }, [containerRef, context, enabled]);

  return handle;
}

/** Binds the pointer and the store to a new map. */
function wire(map: MapLibreMap, context: () => PickContext): MapHandle {
  const store = useAtlasStore.getState;
  const sync = new MapSync(map);
  map.on('style.load', () => sync.install());
  map.on('webglcontextlost', () => store().setMapStatus('unavailable', 'contextLost'));
  // `pixelRatio=` or a host's `atlas:set { pixelRatio }`; null goes back to the screen's.
  const unsubscribe = useAtlasStore.subscribe((now, before) => {
    const ratio = now.embed.pixelRatio;
    if (ratio !== before.embed.pixelRatio) map.setPixelRatio(ratio ?? window.devicePixelRatio);
  });
  map.on('remove', unsubscribe);

  let last: MapTarget = null;
  const hoverAt = (target: MapTarget, x: number, y: number) => {
    sync.setHover(target);
    setHover({ target, x, y });
    map.getCanvas().style.cursor = target ? 'pointer' : '';
    if (target?.id !== last?.id) store().setHovered(target?.id ?? null);
    last = target;
  };
  map.on('mousemove', (e) =>
    hoverAt(pickAt(map, context(), e.point.x, e.point.y), e.point.x, e.point.y),
  );
  map.on('mouseout', () => hoverAt(null, 0, 0));
  map.on('movestart', () => setHover({ target: null, x: 0, y: 0 }));
  map.on('click', (e) => store().select(toSelection(pickAt(map, context(), e.point.x, e.point.y))));

  const view = (): MapViewState => ({
    camera: cameraOf(map),
    size: sizeOf(map),
    limits: limitsOf(map),
  });
  let settled = view();
  const listeners = new Set<() => void>();
  const settle = () => {
    settled = view();
    listeners.forEach((l) => l());
  };
  map.on('moveend', settle);
  map.on('resize', settle);
  const onSettled = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return { map, sync, context, settled: () => settled, onSettled };
}
