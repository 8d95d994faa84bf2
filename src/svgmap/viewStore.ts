/**
 * The SVG map's camera and size, outside React, so the MapLibre hand-over,
 * `screenPointOf`, the export and the presentation can read and move it. Kept
 * out of the app store: it changes on every drag frame and only the map draws it.
 */
import { useSyncExternalStore } from 'react';
import type { LonLatBounds } from '../domain/mapFeatures';
import { DEFAULT_LIMITS, type CameraLimits, type Camera, type ViewSize } from '../mapmodel/camera';

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
}

const INITIAL: SvgView = {
  camera: null,
  fitted: null,
  size: null,
  limits: DEFAULT_LIMITS,
  element: null,
  active: false,
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
    merged.active === view.active;
  if (same) return;
  view = merged;
  listeners.forEach((l) => l());
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
