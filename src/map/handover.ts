/**
 * The hand-over from the SVG map to MapLibre. The SVG map paints first and is the map until
 * the camera first moves; MapLibre then starts under it and follows its camera. When
 * MapLibre is idle with the data and the SVG camera at rest, the SVG camera takes MapLibre's
 * (no jump), the SVG map fades out over the canvas, and is unmounted. Without WebGL, or after
 * the context is lost, the SVG map stays (or comes back at MapLibre's camera).
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { prefersReducedMotion } from '../mapmodel/controller';
import type { MapHandle } from './useMapInstance';
import type { MapStatus } from '../state/store';
import { sameCamera, type Camera } from '../mapmodel/camera';
import {
  getSettledSvgView,
  getSvgView,
  setSvgView,
  subscribeSettledSvgView,
  subscribeSvgView,
} from '../svgmap/viewStore';

/** Which map is shown: the SVG alone, the canvas fading in over it, the canvas alone, or the SVG for good. */
export type MapPhase = 'svg' | 'fading' | 'webgl' | 'fallback';

/** How long the SVG map fades out over the canvas, in ms (instant when the user prefers reduced motion). */
export const FADE_MS = 250;

/** Whether the SVG camera is where it last came to rest (no drag, wheel or flight under way), or there is none. */
function svgAtRest(): boolean {
  const { camera } = getSvgView();
  return camera === null || getSettledSvgView()?.camera === camera;
}

function cameraOf(handle: MapHandle): Camera {
  const c = handle.map.getCenter();
  return { center: [c.lng, c.lat], zoom: handle.map.getZoom() };
}

/**
 * Whether the SVG map paints first. Off only in the benchmark's comparison build
 * (`VITE_SVG_FIRST=off`), which measures load-to-interactive without this step:
 * there MapLibre starts at once and the SVG map is drawn only where WebGL fails.
 */
export const SVG_FIRST = (import.meta.env.VITE_SVG_FIRST as string | undefined) !== 'off';

/**
 * Whether the SVG map has painted, whether the boundaries' GeoJSON may load (the South China Sea
 * inset draws it; MapLibre too) and whether MapLibre may start. The SVG map is the map until the
 * camera first moves (a drag, the wheel, the keys or buttons, an animated flight): a map at rest,
 * filtered or selected, costs the SVG map no GPU frame, and MapLibre, started then, draws the
 * moving map. MapLibre starts at once only where there is no SVG step (the boundaries for it
 * failed, or the benchmark's comparison build).
 */
export function useSvgFirst(svgImpossible: boolean) {
  // `painting` from the frame the SVG map is first painted in.
  const [painting, setPainting] = useState(false);
  const [painted, setPainted] = useState(false);
  const moved = useSyncExternalStore(subscribeSvgView, () => getSvgView().moved);
  // Two frames later the first frame is on screen.
  const onPainted = useCallback(() => {
    setPainting(true);
    requestAnimationFrame(() => requestAnimationFrame(() => setPainted(true)));
  }, []);
  const noSvgStep = svgImpossible || !SVG_FIRST;
  return {
    painting,
    painted,
    onPainted,
    startMap: (painted && moved) || noSvgStep,
  };
}

/**
 * Drives the hand-over; returns the current phase. `webglReady`: MapLibre has drawn the atlas
 * (see `useFirstView`); it takes over once the SVG map's camera is at rest, so a drag or a
 * flight in progress is not cut.
 */
export function useHandover(
  handle: MapHandle | null,
  webglReady: boolean,
  status: MapStatus,
): MapPhase {
  const [takingOver, setTakingOver] = useState(false);
  const [faded, setFaded] = useState(false);
  const resting = useSyncExternalStore(subscribeSettledSvgView, svgAtRest);
  // Latched: the hand-over moves the SVG camera to MapLibre's, which is no longer "at rest".
  if (webglReady && resting && !takingOver) setTakingOver(true);
  const phase: MapPhase =
    status === 'unavailable' || status === 'none'
      ? 'fallback'
      : takingOver
        ? faded
          ? 'webgl'
          : 'fading'
        : 'svg';

  // While the SVG map is the map, MapLibre follows its camera, so the hand-over does not jump.
  useEffect(() => {
    if (phase !== 'svg' || !handle) return;
    const follow = () => {
      const { camera } = getSvgView();
      const canvas = handle.map.getCanvas();
      const size = { width: canvas.clientWidth, height: canvas.clientHeight };
      // A jump to where MapLibre already is would still cost it a frame.
      if (camera && !sameCamera(camera, cameraOf(handle), size))
        handle.map.jumpTo({ center: [...camera.center], zoom: camera.zoom });
    };
    follow();
    return subscribeSvgView(follow);
  }, [phase, handle]);

  useEffect(() => {
    if (phase !== 'fading' || faded) return;
    if (handle) setSvgView({ camera: cameraOf(handle) });
    // A keyboard user moving the SVG map keeps the focus on the map that takes over (its keys
    // pan and zoom alike): the SVG map is about to go.
    const { element } = getSvgView();
    if (handle && element?.contains(document.activeElement))
      handle.map.getCanvas().focus({ preventScroll: true });
    const timer = setTimeout(() => setFaded(true), prefersReducedMotion() ? 0 : FADE_MS + 50);
    return () => clearTimeout(timer);
  }, [phase, faded, handle]);

  // The context was lost after MapLibre had taken over: the SVG map comes back where the WebGL
  // map was. If MapLibre failed before that (e.g. its boundaries did not load), it never had a
  // camera of its own, and the SVG map keeps the one it has.
  useEffect(() => {
    if (status === 'unavailable' && handle && takingOver) setSvgView({ camera: cameraOf(handle) });
  }, [status, handle, takingOver]);

  return phase;
}

/**
 * The class of the MapLibre canvas container in each phase of the hand-over:
 * under the SVG map while it starts, hidden where the SVG map stays for good.
 * (At the hand-over the SVG map fades out over it: `svgmap--inactive`.)
 */
export function canvasClass(phase: MapPhase): string {
  if (phase === 'svg') return 'svgmap-canvas--under';
  if (phase === 'fallback') return 'svgmap-canvas--off';
  return '';
}
