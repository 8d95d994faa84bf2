/** The MapLibre map as a `MapController`: camera moves, screen points and the export's picture. */
import type { MapController } from '../mapmodel/controller';
import { snapshotOf, type MapSnapshot } from '../mapmodel/snapshot';
import { PICK_LAYERS } from '../mapmodel/style/sources';
import { cameraOf, limitsOf, moveMap, sizeOf } from './camera';
import { insetMarkup, vectorMap } from '../svgmap/vectorMarkup';
import { screenPointOf, type Locator } from './screenPoint';
import type { MapHandle } from './useMapInstance';

/** MapLibre's view in the model's terms. */
function cameraView(map: MapHandle['map']) {
  return { camera: cameraOf(map), size: sizeOf(map), limits: limitsOf(map) };
}

/** What MapLibre draws: its features, and the placed labels it renders, in page pixels. */
function snapshot(handle: MapHandle): MapSnapshot | null {
  const drawn = handle.sync.drawn();
  if (!drawn) return null;
  const { map } = handle;
  const layers = [PICK_LAYERS.labels, 'province-labels'].filter((id) => map.getLayer(id));
  const rendered = new Set(
    map.queryRenderedFeatures({ layers }).map((f) => `${String(f.properties.kind)}:${f.id}`),
  );
  const rect = map.getContainer().getBoundingClientRect();
  const labels = drawn.labels
    .filter((l) => rendered.has(`${l.layer}:${l.id}`))
    .map((l) => ({
      id: l.id,
      text: l.text,
      box: [
        rect.left + l.box[0],
        rect.top + l.box[1],
        l.box[2] - l.box[0],
        l.box[3] - l.box[1],
      ] as const,
    }));
  return snapshotOf('webgl', drawn.features, labels);
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
    snapshot: () => snapshot(handle),
    // The export's code (and MapLibre's constructor for the hidden map) loads on the first export.
    vector: (request) => vectorMap(request, cameraView(map)),
    insetMarkup,
    capture: async (request) =>
      (await import('./capture')).captureMap(request, {
        camera: cameraOf(map),
        size: sizeOf(map),
        limits: limitsOf(map),
      }),
  };
}
