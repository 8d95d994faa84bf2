/**
 * The map camera of every renderer, MapLibre's Web Mercator camera: a centre,
 * a zoom and a 512-pixel world at zoom 0. Every projection is a d3-geo
 * `geoMercator` whose scale and translate come from that camera, so a lon/lat
 * lands on the same pixel in both renderers.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { LonLatBounds } from '../domain/mapFeatures';

/** World size in pixels at zoom 0, as in MapLibre (512-pixel tiles). */
export const WORLD_SIZE = 512;

/** Where the camera looks and how close: MapLibre's `center` and `zoom` (no bearing, no pitch). */
export interface Camera {
  readonly center: readonly [lon: number, lat: number];
  readonly zoom: number;
}

/** The map's size in CSS pixels. */
export interface ViewSize {
  readonly width: number;
  readonly height: number;
}

/** Zoom range and the box the view must stay inside (MapLibre's `minZoom`, `maxZoom`, `maxBounds`). */
export interface CameraLimits {
  readonly minZoom: number;
  readonly maxZoom: number;
  readonly bounds: LonLatBounds | null;
}

/** What a renderer shows now: its camera, size and limits. */
export interface MapViewState {
  readonly camera: Camera;
  readonly size: ViewSize;
  readonly limits: CameraLimits;
}

/** The live map's limits (see `useMapInstance`): zoom 2–10. */
export const DEFAULT_LIMITS: CameraLimits = { minZoom: 2, maxZoom: 10, bounds: null };

/** d3's Mercator scale (pixels per radian) for a MapLibre zoom. */
export function mercatorScale(zoom: number): number {
  return (WORLD_SIZE * 2 ** zoom) / (2 * Math.PI);
}

/** The screen projection of a camera: `camera.center` at the middle of a `size` view. */
export function projectionFor(camera: Camera, size: ViewSize): GeoProjection {
  return geoMercator()
    .scale(mercatorScale(camera.zoom))
    .center([camera.center[0], camera.center[1]])
    .translate([size.width / 2, size.height / 2]);
}

/** World pixels at `zoom`, origin at lon 0, lat 0 (x east, y south). */
export function worldProjection(zoom: number): GeoProjection {
  return geoMercator().scale(mercatorScale(zoom)).center([0, 0]).translate([0, 0]);
}

function project(p: GeoProjection, lon: number, lat: number): [number, number] {
  const xy = p([lon, lat]);
  if (!xy) throw new Error(`Cannot project ${lon}, ${lat}`);
  return xy;
}

function unproject(p: GeoProjection, x: number, y: number): [number, number] {
  const lonLat = p.invert?.([x, y]);
  if (!lonLat) throw new Error(`Cannot unproject ${x}, ${y}`);
  return lonLat;
}

/**
 * The screen transform of paths drawn in {@link worldProjection}`(refZoom)`:
 * screen = k · world + [x, y]. Lets the geography be built once and moved by
 * one SVG `transform` per camera change.
 */
export function worldToScreen(
  camera: Camera,
  size: ViewSize,
  refZoom: number,
): { k: number; x: number; y: number } {
  const [x, y] = project(projectionFor(camera, size), 0, 0);
  return { k: 2 ** (camera.zoom - refZoom), x, y };
}

/** MapLibre's constraint: zoom within the limits, and the view inside the bounds (zooming in if it is larger). */
export function constrain(camera: Camera, size: ViewSize, limits: CameraLimits): Camera {
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, camera.zoom));
  const box = limits.bounds;
  if (!box || size.width <= 0 || size.height <= 0) return { center: camera.center, zoom };
  const world = worldProjection(zoom);
  const [minX, maxY] = project(world, box[0][0], box[0][1]);
  const [maxX, minY] = project(world, box[1][0], box[1][1]);
  const [x, y] = project(world, camera.center[0], camera.center[1]);
  const scaleX = maxX - minX < size.width ? size.width / (maxX - minX) : 0;
  const scaleY = maxY - minY < size.height ? size.height / (maxY - minY) : 0;
  const scale = Math.max(scaleX, scaleY);
  if (scale) {
    const center = unproject(world, scaleX ? (minX + maxX) / 2 : x, scaleY ? (minY + maxY) / 2 : y);
    return { center, zoom: zoom + Math.log2(scale) };
  }
  const [w2, h2] = [size.width / 2, size.height / 2];
  const cx = x - w2 < minX ? minX + w2 : x + w2 > maxX ? maxX - w2 : x;
  const cy = y - h2 < minY ? minY + h2 : y + h2 > maxY ? maxY - h2 : y;
  return cx === x && cy === y
    ? { center: camera.center, zoom }
    : { center: unproject(world, cx, cy), zoom };
}

/** Pixels kept clear on each side of a fitted box. */
export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** MapLibre's `cameraForBounds` with padding and a zoom cap (no bearing), then its constraint. */
export function fitCamera(
  bounds: LonLatBounds,
  size: ViewSize,
  padding: number | Padding,
  maxZoom: number,
  limits: CameraLimits = DEFAULT_LIMITS,
): Camera {
  const p =
    typeof padding === 'number'
      ? { top: padding, right: padding, bottom: padding, left: padding }
      : padding;
  const world = worldProjection(0);
  const [x0, y1] = project(world, bounds[0][0], bounds[0][1]);
  const [x1, y0] = project(world, bounds[1][0], bounds[1][1]);
  const scale = Math.min(
    (size.width - p.left - p.right) / Math.max(x1 - x0, 1e-9),
    (size.height - p.top - p.bottom) / Math.max(y1 - y0, 1e-9),
  );
  const zoom = Math.min(Math.log2(Math.max(scale, 1e-9)), maxZoom);
  // Uneven padding moves the centre by half the difference, in pixels at the final zoom.
  const k = 2 ** zoom;
  const center = unproject(
    world,
    (x0 + x1) / 2 - (p.left - p.right) / 2 / k,
    (y0 + y1) / 2 - (p.top - p.bottom) / 2 / k,
  );
  return constrain(constrain({ center, zoom }, size, limits), size, limits);
}

/** The camera moved so the map slides by (dx, dy) screen pixels (a drag to the right shows what was west). */
export function panBy(
  camera: Camera,
  size: ViewSize,
  dx: number,
  dy: number,
  limits: CameraLimits,
): Camera {
  const p = projectionFor(camera, size);
  const center = unproject(p, size.width / 2 - dx, size.height / 2 - dy);
  return constrain({ center, zoom: camera.zoom }, size, limits);
}

/** The camera at `zoom`, keeping the place under screen point `anchor` where it is. */
export function zoomAround(
  camera: Camera,
  size: ViewSize,
  zoom: number,
  anchor: readonly [number, number],
  limits: CameraLimits,
): Camera {
  const target = Math.min(limits.maxZoom, Math.max(limits.minZoom, zoom));
  const place = unproject(projectionFor(camera, size), anchor[0], anchor[1]);
  const zoomed = projectionFor({ center: camera.center, zoom: target }, size);
  const [x, y] = project(zoomed, place[0], place[1]);
  const center = unproject(zoomed, size.width / 2 + x - anchor[0], size.height / 2 + y - anchor[1]);
  return constrain({ center, zoom: target }, size, limits);
}

/** The lon/lat box the view shows. */
export function viewBounds(camera: Camera, size: ViewSize): LonLatBounds {
  const p = projectionFor(camera, size);
  const [w, n] = unproject(p, 0, 0);
  const [e, s] = unproject(p, size.width, size.height);
  return [
    [w, s],
    [e, n],
  ];
}

/** True when the two cameras show the same view to within a tenth of a pixel. */
export function sameCamera(a: Camera, b: Camera, size: ViewSize): boolean {
  if (Math.abs(a.zoom - b.zoom) > 1e-6) return false;
  const [x, y] = project(projectionFor(a, size), b.center[0], b.center[1]);
  return Math.hypot(x - size.width / 2, y - size.height / 2) < 0.1;
}
