/**
 * The SVG map's picture as SVG markup, for the vector export: the live SVG
 * map's own components (`SvgGeography`, and the overlay's shapes through
 * `FileOverlay`) rendered to a string at the export's camera, drawn for a
 * file (strokes without `vector-effect`, no hit areas, halos as separate text).
 * Also the South China Sea inset's map. No second map renderer.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { LonLatBounds } from '../domain/mapFeatures';
import { mapFeaturesFor } from '../map/features';
import { SOUTH_CHINA_SEA_SIZE, SouthChinaSeaMap } from '../map/SouthChinaSeaInset';
import { worldToScreen } from './camera';
import { FileOverlay } from './FileOverlay';
import { captureCamera } from './fit';
import type { Geography } from '../map/geography';
import type { MapTheme } from '../map/theme';
import type { SvgBoundaries } from './boundaries';
import { REF_ZOOM } from './geometry';
import { geoPaint } from './geoPaint';
import { needsInset } from './inset';
import type { Measure } from './labels';
import { buildOverlay } from './overlay';
import { svgStyle } from './style';
import { SvgGeography } from './SvgGeography';
import { selectionTarget } from './targets';
import type { SvgCaptureRequest } from './toCanvas';

export { SOUTH_CHINA_SEA_SIZE };

/** What to draw: the canvas export's request, plus what a file needs to know. */
export interface SvgMarkupRequest extends Omit<SvgCaptureRequest, 'pixelRatio'> {
  /** The box the WebGL map shows while it is the map on screen; null: the SVG map's own view. */
  readonly onScreen: LonLatBounds | null;
  /** The labels' font stack, written into the file. */
  readonly font: string;
  /** Label widths in the font the file will be drawn with (placement avoids overlaps with it). */
  readonly measure: Measure;
}

/** The map as markup, and what goes with it. */
export interface SvgMapMarkup {
  /** One `<g>` in CSS pixels of the request's `width`×`height`, sea first (unless transparent). */
  readonly markup: string;
  /** Whether the view shows most of China without the South China Sea islands. */
  readonly needsInset: boolean;
  /** The text of every label drawn. */
  readonly labels: readonly string[];
}

/**
 * Renders the map of the current view as SVG markup, drawn from `boundaries`:
 * the live view (or `onScreen`) fitted inside the insets, with the selection,
 * filters, language and theme.
 */
export function svgMapMarkup(boundaries: SvgBoundaries, request: SvgMarkupRequest): SvgMapMarkup {
  const { shapes } = boundaries;
  const size = { width: request.width, height: request.height };
  const features = mapFeaturesFor(request.index, request.view);
  const camera = captureCamera(size, request.insets, features.bounds, request.onScreen);
  const style = svgStyle(request.lang, request.theme);
  const paint = geoPaint(style, camera.zoom);
  const selected = selectionTarget(request.selection);
  const overlay = buildOverlay({
    features,
    camera,
    size,
    style,
    selected,
    hovered: null,
    measure: request.measure,
  });
  const t = worldToScreen(camera, size, REF_ZOOM);
  const markup = renderToStaticMarkup(
    <g id="atlas-map-picture">
      {request.transparent ? null : (
        <rect width={size.width} height={size.height} fill={paint.sea} />
      )}
      <SvgGeography
        shapes={shapes}
        paint={paint}
        style={style}
        zoom={camera.zoom}
        transform={`matrix(${t.k} 0 0 ${t.k} ${t.x} ${t.y})`}
        shown={new Set(features.points.features.map((f) => f.properties.id))}
        activity={features.activity}
        hovered={null}
        selected={selected}
        strokeScale={t.k}
      />
      <FileOverlay overlay={overlay} font={request.font} />
    </g>,
  );
  return {
    markup,
    needsInset: needsInset(camera, size),
    labels: overlay.labels.map((l) => l.text),
  };
}

/** The South China Sea inset's map as a standalone `<svg>` of {@link SOUTH_CHINA_SEA_SIZE}, in `theme`'s colours. */
export function southChinaSeaMarkup(geography: Geography, theme: MapTheme): string {
  return renderToStaticMarkup(<SouthChinaSeaMap geography={geography} theme={theme} />);
}
