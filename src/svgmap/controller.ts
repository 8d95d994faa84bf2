/**
 * The SVG map as a `MapController`: the camera lives in the view store, moves are
 * animated with animation frames (a drag or a wheel ends them), screen points come
 * from the browser's own hit test and the export draws the same shapes on a canvas.
 */
import { projectionFor, type Camera } from '../mapmodel/camera';
import type { MapController, Motion } from '../mapmodel/controller';
import { snapshotOf, type MapSnapshot } from '../mapmodel/snapshot';
import { renderedLabels } from './renderedLabels';
import { drawKeptMap } from './useAdoption';
import { svgScreenPointOf } from './screenPoint';
import { renderSvgMap } from './toCanvas';
import { insetMarkup, vectorMap } from './vectorMarkup';
import { zoomSvg } from './useSvgPointer';
import {
  getSettledSvgView,
  getSvgDrawn,
  getSvgView,
  moveSvgCamera,
  setSvgView,
  subscribeSettledSvgView,
} from './viewStore';

const DURATION: Record<Motion, number> = { instant: 0, ease: 600, fly: 1000 };

let animation = 0;

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** Moves the SVG camera to `target`, over the motion's duration. */
function animateTo(target: Camera, motion: Motion): void {
  cancelAnimationFrame(animation);
  const from = getSvgView().camera;
  const duration = DURATION[motion];
  if (!from || duration === 0) {
    setSvgView({ camera: target });
    return;
  }
  const start = performance.now();
  let last: Camera | null = from;
  const step = (now: number) => {
    // Someone else moved the camera (a drag, a wheel): the flight ends there.
    if (getSvgView().camera !== last) return;
    const t = Math.min(1, (now - start) / duration);
    const k = ease(t);
    const next: Camera =
      t === 1
        ? target
        : {
            center: [
              from.center[0] + (target.center[0] - from.center[0]) * k,
              from.center[1] + (target.center[1] - from.center[1]) * k,
            ],
            zoom: from.zoom + (target.zoom - from.zoom) * k,
          };
    moveSvgCamera(next);
    last = getSvgView().camera;
    if (t < 1) animation = requestAnimationFrame(step);
  };
  animation = requestAnimationFrame(step);
}

/** What the SVG map draws: its features, and the labels as the browser lays them out. */
function snapshot(): MapSnapshot | null {
  drawKeptMap();
  const features = getSvgDrawn();
  const { element } = getSvgView();
  if (!features || !element) return null;
  const labels = renderedLabels(element);
  const { camera, size } = getSvgView();
  const rect = element.getBoundingClientRect();
  const projection = camera && size ? projectionFor(camera, size) : null;
  return snapshotOf('svg', features, labels, (lonLat) => {
    const p = projection?.([lonLat[0], lonLat[1]]);
    return p ? { x: rect.left + p[0], y: rect.top + p[1] } : null;
  });
}

function view() {
  const { camera, size, limits } = getSvgView();
  return camera && size ? { camera, size, limits } : null;
}

/** The SVG map's controller; `regionBox` finds a region's box (its polygon's, or its point's). */
export function svgController(regionBox: MapController['regionBox']): MapController {
  return {
    renderer: 'svg',
    view,
    settled: getSettledSvgView,
    onSettled: subscribeSettledSvgView,
    moveTo: animateTo,
    zoomBy: zoomSvg,
    regionBox,
    screenPoint: svgScreenPointOf,
    snapshot,
    capture: (request) => renderSvgMap(request, view()),
    vector: (request) => vectorMap(request, view()),
    insetMarkup,
  };
}
