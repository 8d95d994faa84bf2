/**
 * The one interface both map renderers implement (MapLibre in `map/`, SVG in
 * `svgmap/`), and the camera moves every feature asks of "the map" through it:
 * fit, reveal, present. Features never see a renderer; the app hands them the
 * active controller (the SVG map until MapLibre takes over, or for good without WebGL).
 */
import type { LonLatBounds } from '../domain/mapFeatures';
import type { RegionId, StoryCamera } from '../domain/schema';
import type { Camera, MapViewState } from './camera';

export type { MapViewState } from './camera';
import type { CaptureRequest, CapturedMap, VectorMap, VectorRequest } from './capture';
import type { MapTheme } from './theme';
import type { MapSnapshot } from './snapshot';
import { fittedCamera, presentCamera, revealCamera, type Insets, type RevealTarget } from './fit';

/** How a camera move looks: a jump, a short ease, or a flight (both instant under reduced motion). */
export type Motion = 'instant' | 'ease' | 'fly';

/** A map renderer, as features and the automation API use it. Language and theme follow the store. */
export interface MapController {
  /** Which picture the user sees and handles. */
  readonly renderer: 'webgl' | 'svg';
  /** The camera, size and limits now; null before the first view. */
  view(): MapViewState | null;
  /** The view as it last came to rest (what flows and places are laid out for); stable between moves. */
  settled(): MapViewState | null;
  /** Calls `listener` each time the view comes to rest; returns the unsubscribe function. */
  onSettled(listener: () => void): () => void;
  /** Moves the camera (already constrained to the limits). */
  moveTo(camera: Camera, motion: Motion): void;
  /** Zooms in (+1) or out (−1) about the centre: the map's zoom buttons. */
  zoomBy(delta: number): void;
  /** The box of a region's polygon, or of its point when it has none; null when unknown. */
  regionBox(regionId: RegionId): LonLatBounds | null;
  /** Page pixels where a click selects `regionId`; null when it is not drawn or off-screen. */
  screenPoint(regionId: RegionId): { x: number; y: number } | null;
  /** What it draws now (flows, labels with their page boxes); null before its first picture. */
  snapshot(): MapSnapshot | null;
  /** Draws the current view for an export, at the request's size. */
  capture(request: CaptureRequest): Promise<CapturedMap>;
  /** Draws the current view as vector markup for a file (SVG, PDF), with the SVG map's components. */
  vector(request: VectorRequest): Promise<VectorMap>;
  /** The South China Sea inset as a standalone `<svg>` in `theme`; null when it cannot be drawn. */
  insetMarkup(theme: MapTheme): Promise<string | null>;
}

/** True when the user asked the system for less motion: every move is then instant. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function move(controller: MapController, camera: Camera | null, motion: Motion): boolean {
  if (!camera) return false;
  controller.moveTo(camera, prefersReducedMotion() ? 'instant' : motion);
  return true;
}

/** Fits `bounds` (the involved regions, or China): the first view and the reset button. */
export function fitView(controller: MapController, bounds: LonLatBounds, motion: Motion): boolean {
  const view = controller.view();
  return !!view && move(controller, fittedCamera(bounds, view.size, view.limits), motion);
}

/** Brings a selection into view when it is off-screen or too small to see (see `revealCamera`). */
export function revealSelection(
  controller: MapController,
  targets: readonly RevealTarget[],
): boolean {
  const view = controller.view();
  if (!view) return false;
  return move(controller, revealCamera(view.camera, view.size, view.limits, targets), 'fly');
}

/** Flies to a presentation step's place (its regions, or its own camera), clear of the caption card. */
export function presentPlace(
  controller: MapController,
  regions: readonly RegionId[],
  camera: StoryCamera | null,
  insets: Insets,
): boolean {
  const view = controller.view();
  if (!view) return false;
  const places = regions.flatMap((id) => {
    const box = controller.regionBox(id);
    return box ? [box] : [];
  });
  return move(controller, presentCamera(places, camera, view.size, insets, view.limits), 'fly');
}
