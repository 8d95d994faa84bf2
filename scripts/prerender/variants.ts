/**
 * The map sizes the first frame is drawn for, and each one's camera. A picture drawn for
 * a map area of W×H is shown (by a container query) in any map area at least that large,
 * centred at its own scale: the live map then starts at the same camera, so nothing moves
 * when it takes over, and shows more around it in a larger area. Few sizes on purpose:
 * every picture in the page costs parsing, style and layout while the app starts (ten of
 * them, with tight copies for windows with toolbars, added about 180 ms of main thread to
 * a 570 ms start, when each drew its own geography; one overlay adds about 2.5 ms now that
 * the geography is drawn once); a window between two sizes gets the smaller one's view.
 */
import type { LonLatBounds } from '../../src/domain/mapFeatures';
import {
  worldProjection,
  type Camera,
  type CameraLimits,
  type ViewSize,
} from '../../src/mapmodel/camera';
import { fittedCamera } from '../../src/mapmodel/fit';
import { REF_ZOOM } from '../../src/svgmap/geometry';
import type { WorldBox } from './pathData';

/** A map area and the window it stands for (`e2e/prerender.spec.ts` checks each against the page). */
export interface MapSize extends ViewSize {
  readonly window: string;
}

/**
 * Map areas (CSS px) of full-screen windows: the window less the header, panel and timeline
 * (at 960 px the header takes two rows). Where the page's map area is one of these exactly,
 * the live map keeps the baked picture as its own (`src/svgmap/useAdoption.ts`).
 */
export const MAP_SIZES: readonly MapSize[] = [
  { width: 620, height: 385, window: '960×540' },
  { width: 900, height: 578, window: '1280×720' },
  { width: 986, height: 626, window: '1366×768' },
  { width: 1156, height: 722, window: '1536×864' },
  { width: 1540, height: 924, window: '1920×1080' },
];

/** One picture: the size it is drawn for and shown from, and its camera. */
export interface Variant {
  readonly size: MapSize;
  readonly camera: Camera;
}

/**
 * The variants for a first view of `bounds`, in the order the page's CSS lists them: by
 * zoom, then by area, so of the pictures that fit a map area the last is the closest.
 */
export function variantsFor(
  bounds: LonLatBounds,
  limits: CameraLimits,
  sizes: readonly MapSize[] = MAP_SIZES,
): Variant[] {
  return sizes
    .map((size) => ({ size, camera: fittedCamera(bounds, size, limits) }))
    .sort(
      (a, b) =>
        a.camera.zoom - b.camera.zoom ||
        a.size.width * a.size.height - b.size.width * b.size.height,
    );
}

/** World units at `REF_ZOOM` per pixel at `zoom`. */
export function unitsPerPixel(zoom: number): number {
  return 2 ** (REF_ZOOM - zoom);
}

/**
 * The part of the world any picture may show, in world units at `REF_ZOOM`: each
 * variant's view at `reach` times its size (a map area larger than the largest picture
 * shows more around it).
 */
export function keptBox(variants: readonly Variant[], reach = 2): WorldBox {
  const world = worldProjection(REF_ZOOM);
  let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { size, camera } of variants) {
    const [x = 0, y = 0] = world([camera.center[0], camera.center[1]]) ?? [];
    const u = unitsPerPixel(camera.zoom) * reach;
    const [hw, hh] = [(size.width / 2) * u, (size.height / 2) * u];
    box = [
      Math.min(box[0], x - hw),
      Math.min(box[1], y - hh),
      Math.max(box[2], x + hw),
      Math.max(box[3], y + hh),
    ];
  }
  return box;
}
