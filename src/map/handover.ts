/**
 * The hand-over from the SVG map to MapLibre. The SVG map paints first and
 * is the map while MapLibre starts; MapLibre follows its camera. When
 * MapLibre is idle with the data, the SVG camera takes MapLibre's (no jump),
 * the SVG map fades out over the canvas (which started under it), and is unmounted. Without
 * WebGL, or after the context is lost, the SVG map stays (or comes back at
 * MapLibre's camera).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { prefersReducedMotion } from '../mapmodel/controller';
import type { MapHandle } from './useMapInstance';
import type { MapStatus } from '../state/store';
import { sameCamera, type Camera } from '../mapmodel/camera';
import { getSvgView, setSvgView, subscribeSvgView } from '../svgmap/viewStore';
import { FIRST_FRAME } from '../svgmap/firstFrame';

/** Which map is shown: the SVG alone, the canvas fading in over it, the canvas alone, or the SVG for good. */
export type MapPhase = 'svg' | 'fading' | 'webgl' | 'fallback';

/** How long the SVG map fades out over the canvas, in ms (instant when the user prefers reduced motion). */
export const FADE_MS = 250;

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
 * Whether the SVG map has painted, and whether MapLibre may start: after the
 * first SVG paint (so its start-up does not delay it), or at once when the SVG
 * map cannot be drawn (`svgImpossible`, e.g. the boundaries failed to load).
 */
export function useSvgFirst(svgImpossible: boolean) {
  // `painting` from the frame the SVG map is first painted in: MapLibre's code may then be fetched.
  const [painting, setPainting] = useState(false);
  const [painted, setPainted] = useState(false);
  // Two frames later the first frame is on screen; MapLibre's shader set-up then no longer delays its raster.
  const onPainted = useCallback(() => {
    setPainting(true);
    requestAnimationFrame(() => requestAnimationFrame(() => setPainted(true)));
  }, []);
  return {
    painting,
    painted,
    onPainted,
    startMap: painted || svgImpossible || !SVG_FIRST || BAKED_AT_START,
  };
}

/**
 * Whether the page came with the view baked in (`scripts/prerender/`): a picture of the map is
 * on screen already, so MapLibre need not wait for the live SVG map's first paint to start.
 * (When only the geography is baked, the live SVG map's paint is the first picture of the
 * data, and MapLibre's start-up would delay it.)
 */
const BAKED_AT_START =
  typeof document !== 'undefined' &&
  document.documentElement.classList.contains(FIRST_FRAME.present) &&
  !document.documentElement.classList.contains(FIRST_FRAME.bare);

/** Drives the hand-over; returns the current phase. */
export function useHandover(handle: MapHandle | null, status: MapStatus): MapPhase {
  const [faded, setFaded] = useState(false);
  const phase: MapPhase =
    status === 'unavailable' || status === 'none'
      ? 'fallback'
      : status === 'ready'
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
    if (status !== 'ready' || faded) return;
    if (handle) setSvgView({ camera: cameraOf(handle) });
    const timer = setTimeout(() => setFaded(true), prefersReducedMotion() ? 0 : FADE_MS + 50);
    return () => clearTimeout(timer);
  }, [status, faded, handle]);

  // The context was lost after MapLibre had taken over: the SVG map comes back where the WebGL
  // map was. If MapLibre failed before that (e.g. its boundaries did not load), it never had a
  // camera of its own, and the SVG map keeps the one it has.
  const tookOver = useRef(false);
  useEffect(() => {
    if (status === 'ready') tookOver.current = true;
    if (status === 'unavailable' && handle && tookOver.current)
      setSvgView({ camera: cameraOf(handle) });
  }, [status, handle]);

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
