/** The MapLibre map as a `MapController`: camera moves, screen points and the export's picture. */
import type { MapController } from '../mapmodel/controller';
import { cameraOf, limitsOf, moveMap, sizeOf } from './camera';
import { screenPointOf, type Locator } from './screenPoint';
import type { MapHandle } from './useMapInstance';

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
    // The export's code (and MapLibre's constructor for the hidden map) loads on the first export.
    capture: async (request) =>
      (await import('./capture')).captureMap(request, {
        camera: cameraOf(map),
        size: sizeOf(map),
        limits: limitsOf(map),
      }),
  };
}
