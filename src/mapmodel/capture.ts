/** What an export asks a renderer to draw, and what it gets back. */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Lang } from '../domain/format';
import type { FilteredView } from '../domain/select';
import type { Selection } from '../domain/selection';
import type { LonLatBounds } from '../domain/mapFeatures';
import { DEFAULT_LIMITS, fitCamera, viewBounds, type Camera, type MapViewState } from './camera';
import { fittedCamera, type Insets } from './fit';
import type { MapTheme } from './theme';

/** What to draw and how big. */
export interface CaptureRequest {
  readonly index: AtlasIndex;
  readonly view: FilteredView;
  readonly selection: Selection;
  readonly lang: Lang;
  readonly theme: MapTheme;
  /** CSS pixels of the image, and device pixels per CSS pixel. */
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  /** No sea: the slide's background shows through. */
  readonly transparent: boolean;
  /** Areas the overlays will cover; the live view is fitted inside the rest. */
  readonly insets: Insets;
  /** The camera to draw; absent: the live view, fitted inside the insets. */
  readonly camera?: Camera;
}

/** The drawn map, and whether its view needs the South China Sea inset. */
export interface CapturedMap {
  readonly canvas: HTMLCanvasElement;
  readonly needsInset: boolean;
}

/**
 * The camera an export draws: the request's own, else the live view fitted inside
 * the slide's free area (the insets), else `fallback` (the involved regions) fitted.
 */
export function captureCamera(
  request: CaptureRequest,
  live: MapViewState | null,
  fallback: LonLatBounds,
): Camera {
  if (request.camera) return request.camera;
  const size = { width: request.width, height: request.height };
  if (!live) return fittedCamera(fallback, size, DEFAULT_LIMITS);
  const shown = viewBounds(live.camera, live.size);
  return fitCamera(shown, size, request.insets, DEFAULT_LIMITS.maxZoom, DEFAULT_LIMITS);
}
