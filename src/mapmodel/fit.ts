/**
 * Where the camera goes, for every renderer: the first view and the reset button fit the
 * involved regions; a selection is brought into view when it is off-screen or too small
 * to see; a presentation step frames its place clear of the caption card. Each rule
 * returns a camera; the adapters only move to it (`MapController.moveTo`).
 */
import type { LonLatBounds } from '../domain/mapFeatures';
import type { StoryCamera } from '../domain/schema';
import {
  constrain,
  fitCamera,
  panBy,
  projectionFor,
  type Camera,
  type CameraLimits,
  type Padding,
  type ViewSize,
} from './camera';

/** Padding around fitted content for a view of `width`×`height` px: 8 % of the short side, 16–64 px. */
export function fitPaddingFor(width: number, height: number): number {
  return Math.round(Math.max(16, Math.min(64, Math.min(width, height) * 0.08)));
}

/** The union of boxes, or null when there are none. */
export function unionBounds(
  boxes: readonly (LonLatBounds | null | undefined)[],
): LonLatBounds | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    if (!b) continue;
    [w, s, e, n] = [
      Math.min(w, b[0][0]),
      Math.min(s, b[0][1]),
      Math.max(e, b[1][0]),
      Math.max(n, b[1][1]),
    ];
  }
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

/** Smallest box a fit shows, in degrees, so a few nearby places keep their provinces around them. */
export const MIN_FIT_SPAN: readonly [lon: number, lat: number] = [9, 6];

/** The closest zoom a fit goes to. */
export const FIT_MAX_ZOOM = 7;

/** `bounds` grown about its centre to at least {@link MIN_FIT_SPAN}. */
export function atLeastMinSpan(bounds: LonLatBounds): LonLatBounds {
  const [[w, s], [e, n]] = bounds;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const hx = Math.max(e - w, MIN_FIT_SPAN[0]) / 2;
  const hy = Math.max(n - s, MIN_FIT_SPAN[1]) / 2;
  return [
    [cx - hx, cy - hy],
    [cx + hx, cy + hy],
  ];
}

/** The first view and the reset button: `bounds` grown to the minimum span, padded, at most {@link FIT_MAX_ZOOM}. */
export function fittedCamera(bounds: LonLatBounds, size: ViewSize, limits: CameraLimits): Camera {
  const padding = fitPaddingFor(size.width, size.height);
  return fitCamera(atLeastMinSpan(bounds), size, padding, FIT_MAX_ZOOM, limits);
}

/** Pixels of the map covered by overlays on each side (the caption card), which a place must avoid. */
export type Insets = Padding;

/** Padding for a presentation step: the overlays plus a margin, never more than the map has room for. */
export function presentPadding(size: ViewSize, insets: Insets): Padding {
  const margin = Math.round(Math.max(12, Math.min(48, Math.min(size.width, size.height) * 0.06)));
  return {
    top: Math.min(insets.top + margin, size.height * 0.4),
    bottom: Math.min(insets.bottom + margin, size.height * 0.45),
    left: Math.min(insets.left + margin, size.width * 0.4),
    right: Math.min(insets.right + margin, size.width * 0.4),
  };
}

/**
 * A presentation step's camera: the story's `camera` (a box, or a centre and zoom),
 * else the box of `places`, kept clear of `insets`. Null when there is nothing to frame.
 */
export function presentCamera(
  places: readonly LonLatBounds[],
  camera: StoryCamera | null,
  size: ViewSize,
  insets: Insets,
  limits: CameraLimits,
): Camera | null {
  if (camera && 'center' in camera) {
    return constrain({ center: camera.center, zoom: camera.zoom }, size, limits);
  }
  const box = camera?.bounds ?? unionBounds(places);
  if (!box) return null;
  const padding = presentPadding(size, insets);
  return fitCamera(atLeastMinSpan(box), size, padding, FIT_MAX_ZOOM, limits);
}

/** A selected place: its label point and, for a polygon, its box. */
export interface RevealTarget {
  readonly point: readonly [number, number];
  readonly box: LonLatBounds | null;
}

/** A selected region smaller than this many pixels across is brought closer. */
export const MIN_VISIBLE_PX = 24;
/** How many pixels across a too-small region is shown at, at most zoom {@link REVEAL_MAX_ZOOM}. */
export const REVEAL_PX = 72;
/** The closest zoom a reveal goes to. */
export const REVEAL_MAX_ZOOM = 8;

function pixelsAcross(box: LonLatBounds, camera: Camera, size: ViewSize): number {
  const p = projectionFor(camera, size);
  const a = p([box[0][0], box[1][1]]);
  const b = p([box[1][0], box[0][1]]);
  return a && b ? Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) : 0;
}

/**
 * The camera that brings a selection into view, or null when it is visible already.
 * Off-screen places are panned in at the current zoom (zooming out only when they do
 * not fit); a single region under {@link MIN_VISIBLE_PX} across is zoomed to about
 * {@link REVEAL_PX}, centred on it. The rest of the picture stays where it can.
 */
export function revealCamera(
  camera: Camera,
  size: ViewSize,
  limits: CameraLimits,
  targets: readonly RevealTarget[],
): Camera | null {
  const [only] = targets;
  if (!only || size.width <= 0 || size.height <= 0) return null;
  const project = projectionFor(camera, size);
  const m = Math.min(40, Math.min(size.width, size.height) * 0.1);
  const visible = targets.every(({ point }) => {
    const p = project([point[0], point[1]]);
    return !!p && p[0] >= m && p[1] >= m && p[0] <= size.width - m && p[1] <= size.height - m;
  });
  const across = targets.length === 1 && only.box ? pixelsAcross(only.box, camera, size) : null;
  if (across !== null && across < MIN_VISIBLE_PX) {
    const wanted = camera.zoom + Math.log2(REVEAL_PX / Math.max(across, 1));
    const zoom = Math.max(camera.zoom, Math.min(wanted, REVEAL_MAX_ZOOM, limits.maxZoom));
    const centre = only.box
      ? ([(only.box[0][0] + only.box[1][0]) / 2, (only.box[0][1] + only.box[1][1]) / 2] as const)
      : only.point;
    return constrain({ center: [centre[0], centre[1]], zoom }, size, limits);
  }
  if (visible) return null;
  if (targets.length === 1) {
    // The least pan that brings the place inside a comfortable margin.
    const p = project([only.point[0], only.point[1]]) ?? [size.width / 2, size.height / 2];
    const edge = Math.min(2 * m, size.width / 2, size.height / 2);
    const x = Math.min(Math.max(p[0], edge), size.width - edge);
    const y = Math.min(Math.max(p[1], edge), size.height - edge);
    return panBy(camera, size, x - p[0], y - p[1], limits);
  }
  const box = unionBounds(targets.map(({ point }) => [point, point]));
  if (!box) return null;
  const padding = fitPaddingFor(size.width, size.height) * 2;
  return fitCamera(box, size, padding, camera.zoom, limits);
}
