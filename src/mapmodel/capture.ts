/** What an export asks a renderer to draw, and what it gets back. */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Lang } from '../domain/format';
import type { FilteredView } from '../domain/select';
import type { Selection } from '../domain/selection';
import type { LonLatBounds } from '../domain/mapFeatures';
import {
  constrain,
  DEFAULT_LIMITS,
  fitCamera,
  panBy,
  viewBounds,
  type Camera,
  type MapViewState,
} from './camera';
import type { Box } from './boxGrid';
import { FIT_MAX_ZOOM, fittedCamera, type Insets } from './fit';
import type { Measure } from './labels';
import type { MapFeatures } from './mapFeatures';
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
  /** The overlays' own boxes (left, top, right, bottom, CSS pixels): no label is placed under them. */
  readonly covered?: readonly Box[];
  /** Where to look instead of the live view (a deck's step); absent: the live view. */
  readonly camera?: CaptureCamera;
}

/**
 * An export's own camera: a box fitted inside the insets (at most `maxZoom`, 7 by default),
 * or a centre and zoom whose centre lands in the middle of the area the insets leave free.
 */
export type CaptureCamera =
  | { readonly bounds: LonLatBounds; readonly maxZoom?: number }
  | { readonly center: readonly [number, number]; readonly zoom: number };

/** What a vector export asks for: the canvas export's request (no pixel ratio), and the labels' font. */
export interface VectorRequest extends Omit<CaptureRequest, 'pixelRatio'> {
  /** The labels' font stack, written into the file. */
  readonly font: string;
  /** Label widths in the font the file will be drawn with (placement avoids overlaps with it). */
  readonly measure: Measure;
}

/** A map drawn as vector markup for a file, and what goes with it. */
export interface VectorMap {
  /** One `<g>` in CSS pixels of the request's `width`×`height`, sea first (unless transparent). */
  readonly markup: string;
  /** Whether the view shows most of China without the South China Sea islands. */
  readonly needsInset: boolean;
  /** The text of every label drawn. */
  readonly labels: readonly string[];
  /** What it drew (the legend of an export is read from it). */
  readonly features: MapFeatures;
}

/** Draws a view on a canvas without the live map (the SVG map's 2D renderer: fast, same bytes every run). */
export type RenderStill = (request: CaptureRequest) => Promise<CapturedMap>;

/** The drawn map, and whether its view needs the South China Sea inset. */
export interface CapturedMap {
  readonly canvas: HTMLCanvasElement;
  readonly needsInset: boolean;
  /** What it drew (the legend of an export is read from it). */
  readonly features: MapFeatures;
}

/**
 * The camera an export draws: the request's own, else the live view fitted inside
 * the slide's free area (the insets), within the live map's limits (a slide wider
 * than the screen's map must not show past the extent, where the context layers
 * stop in a straight edge), else `fallback` (the involved regions) fitted.
 */
export function captureCamera(
  request: CaptureRequest,
  live: MapViewState | null,
  fallback: LonLatBounds,
): Camera {
  const size = { width: request.width, height: request.height };
  const asked = request.camera;
  const { insets } = request;
  if (asked && 'center' in asked) {
    const centred = constrain(asked, size, DEFAULT_LIMITS);
    const dx = (insets.left - insets.right) / 2;
    const dy = (insets.top - insets.bottom) / 2;
    return panBy(centred, size, dx, dy, DEFAULT_LIMITS);
  }
  if (asked)
    return fitCamera(asked.bounds, size, insets, asked.maxZoom ?? FIT_MAX_ZOOM, DEFAULT_LIMITS);
  if (!live) return fittedCamera(fallback, size, DEFAULT_LIMITS);
  const shown = viewBounds(live.camera, live.size);
  return fitCamera(shown, size, request.insets, live.limits.maxZoom, live.limits);
}
