/**
 * The SVG map's camera and size, outside React, so the MapLibre hand-over,
 * `screenPointOf`, the export and the presentation can read and move it. Kept
 * out of the app store: it changes on every drag frame and only the map draws it.
 */
import { useSyncExternalStore } from 'react';
import type { LonLatBounds } from '../domain/mapFeatures';
import type { Overlay } from '../mapmodel/overlay';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import {
  DEFAULT_LIMITS,
  type Camera,
  type CameraLimits,
  type MapViewState,
  type ViewSize,
} from '../mapmodel/camera';

/** The SVG map as it stands. */
export interface SvgView {
  /** Null until the first view is fitted. */
  readonly camera: Camera | null;
  /** The box the camera was fitted to, until the camera moves otherwise: a resize fits it again. */
  readonly fitted: LonLatBounds | null;
  readonly size: ViewSize | null;
  readonly limits: CameraLimits;
  /** The drawn `<svg>`, or null when the SVG map is not mounted. */
  readonly element: SVGSVGElement | null;
  /** True while the SVG map is the map the user sees and clicks (before MapLibre takes over, or without WebGL). */
  readonly active: boolean;
  /**
   * True once the user or a flight has moved the camera (a drag, the wheel, the keys or
   * buttons, an animated flight): from then on MapLibre, which draws a moving map on the
   * GPU, is started and takes over. Fitting, resizing and instant jumps do not count.
   */
  readonly moved: boolean;
}

const INITIAL: SvgView = {
  camera: null,
  fitted: null,
  size: null,
  limits: DEFAULT_LIMITS,
  element: null,
  active: false,
  moved: false,
};

let view: SvgView = INITIAL;
const listeners = new Set<() => void>();

/** The current SVG view. */
export function getSvgView(): SvgView {
  return view;
}

/** Updates the SVG view; listeners run only when something changed. A new camera without `fitted` is a move. */
export function setSvgView(next: Partial<SvgView>): void {
  const merged = {
    ...view,
    ...(next.camera && !('fitted' in next) ? { fitted: null } : {}),
    ...next,
  };
  const same =
    merged.camera === view.camera &&
    merged.fitted === view.fitted &&
    merged.size === view.size &&
    merged.limits === view.limits &&
    merged.element === view.element &&
    merged.active === view.active &&
    merged.moved === view.moved;
  if (same) return;
  view = merged;
  listeners.forEach((l) => l());
}

/** Moves the camera for the user or a flight (see `SvgView.moved`). */
export function moveSvgCamera(camera: Camera): void {
  setSvgView({ camera, moved: true });
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribeSvgView(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The SVG view, re-rendering on change. */
export function useSvgView(): SvgView {
  return useSyncExternalStore(subscribeSvgView, getSvgView);
}

/** How long the camera must rest before the view counts as settled (a drag, a flight, a wheel). */
export const SETTLE_MS = 150;

let settled: MapViewState | null = null;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
const settledListeners = new Set<() => void>();

function settle(): void {
  const { camera, size, limits } = view;
  settled = camera && size ? { camera, size, limits } : null;
  settledListeners.forEach((l) => l());
}

// The first camera settles at once (the first frame draws its flows); later moves once they rest.
subscribeSvgView(() => {
  const { camera, size } = view;
  if (!camera || !size) return;
  if (settled && settled.camera === camera && settled.size === size) return;
  clearTimeout(settleTimer);
  if (!settled) settle();
  else settleTimer = setTimeout(settle, SETTLE_MS);
});

/** The SVG view as it last came to rest, or null before its first camera. */
export function getSettledSvgView(): MapViewState | null {
  return settled;
}

/** Calls `listener` whenever the view comes to rest; returns the unsubscribe function. */
export function subscribeSettledSvgView(listener: () => void): () => void {
  settledListeners.add(listener);
  return () => settledListeners.delete(listener);
}

let drawnFeatures: MapFeatures | null = null;
let drawnOverlay: Overlay | null = null;

/**
 * Called by the SVG map with what it draws over the geography: the features (for
 * `MapController.snapshot`) and their overlay in screen pixels (for picking, `pick.ts`).
 */
export function setSvgDrawn(features: MapFeatures | null, overlay: Overlay | null): void {
  drawnFeatures = features;
  drawnOverlay = overlay;
}

/** The overlay the SVG map draws now, or null before its first picture. */
export function getSvgOverlay(): Overlay | null {
  return drawnOverlay;
}

/** What the SVG map draws over the geography, or null before its first picture. */
export function getSvgDrawn(): MapFeatures | null {
  return drawnFeatures;
}
