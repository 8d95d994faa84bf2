/** The MapLibre map's camera in the map model's terms, and moves to a model camera. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LonLatBounds } from '../domain/mapFeatures';
import { DEFAULT_LIMITS, type Camera, type CameraLimits, type ViewSize } from '../mapmodel/camera';
import type { Motion } from '../mapmodel/controller';

/** The camera MapLibre shows now. */
export function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom() };
}

/** The map's size in CSS pixels. */
export function sizeOf(map: MapLibreMap): ViewSize {
  const container = map.getContainer();
  return { width: container.clientWidth, height: container.clientHeight };
}

/** The map's zoom range and bounds. */
export function limitsOf(map: MapLibreMap): CameraLimits {
  const b = map.getMaxBounds();
  const bounds: LonLatBounds | null = b
    ? [
        [b.getWest(), b.getSouth()],
        [b.getEast(), b.getNorth()],
      ]
    : DEFAULT_LIMITS.bounds;
  return { minZoom: map.getMinZoom(), maxZoom: map.getMaxZoom(), bounds };
}

/** The lon/lat box the map shows. */
export function boundsOf(map: MapLibreMap): LonLatBounds {
  const b = map.getBounds();
  return [
    [b.getWest(), b.getSouth()],
    [b.getEast(), b.getNorth()],
  ];
}

/** Moves MapLibre to a model camera: a jump, a 600 ms ease, or a 1.6 s flight. */
export function moveMap(map: MapLibreMap, camera: Camera, motion: Motion): void {
  const target = {
    center: [camera.center[0], camera.center[1]] as [number, number],
    zoom: camera.zoom,
  };
  if (motion === 'instant') map.jumpTo(target);
  else if (motion === 'ease') map.easeTo({ ...target, duration: 600 });
  else map.flyTo({ ...target, duration: 1600, essential: true });
}
