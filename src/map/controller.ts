/** The MapLibre map as a `MapController`: camera moves, screen points and the export's picture. */
import type { MapController } from '../mapmodel/controller';
import { snapshotOf, type MapSnapshot } from '../mapmodel/snapshot';
import { cameraOf, limitsOf, moveMap, sizeOf } from './camera';
import { renderSvgMap } from '../svgmap/toCanvas';
import { insetMarkup, vectorMap } from '../svgmap/vectorMarkup';
import { renderedLabels } from '../svgmap/renderedLabels';
import { screenPointOf, type Locator } from './screenPoint';
import { OVERLAY_CLASS } from './WebglOverlay';
import type { MapHandle } from './useMapInstance';

/** MapLibre's view in the model's terms. */
function cameraView(map: MapHandle['map']) {
  return { camera: cameraOf(map), size: sizeOf(map), limits: limitsOf(map) };
}

/** What the map draws: the overlay's features, and its labels as the browser lays them out. */
function snapshot(locator: Locator): MapSnapshot | null {
  const { features } = locator.context();
  const overlay = locator.container.parentElement?.querySelector(`.${OVERLAY_CLASS}`);
  if (!features || !overlay) return null;
  const { map } = locator;
  const rect = locator.container.getBoundingClientRect();
  return snapshotOf('webgl', features, renderedLabels(overlay), ([lon, lat]) => {
    const p = map.project([lon, lat]);
    return { x: rect.left + p.x, y: rect.top + p.y };
  });
}

/** A controller for the live MapLibre map of `handle`, locating regions with `locator`. */
export function webglController(handle: MapHandle, locator: Locator): MapController {
  const { map } = locator;
  return {
    renderer: 'webgl',
    view: () => ({ camera: cameraOf(map), size: sizeOf(map), limits: limitsOf(map) }),
    settled: handle.settled,
    onSettled: handle.onSettled,
    moveTo: (camera, motion) => moveMap(map, camera, motion),
    zoomBy: (delta) => (delta > 0 ? map.zoomIn() : map.zoomOut()),
    regionBox: (id) => {
      const p = locator.point(id);
      return locator.bounds(id) ?? (p ? [p, p] : null);
    },
    screenPoint: (id) => screenPointOf(locator, id),
    snapshot: () => snapshot(locator),
    vector: (request) => vectorMap(request, cameraView(map)),
    insetMarkup,
    // Exports draw with the SVG map's canvas renderer, the deck's and the vector files' picture
    // too: at 1920×1080 about 0.6 s here, where a hidden WebGL map of that size took 4–16 s.
    capture: (request) => renderSvgMap(request, cameraView(map)),
  };
}
