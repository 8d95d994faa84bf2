/**
 * The SVG map's picture as SVG markup, for the vector export: the live SVG
 * map's own components (`SvgGeography`, and the overlay's shapes through
 * `SvgOverlay`) rendered to a string at the export's camera, drawn for a
 * file (strokes without `vector-effect`, no hit areas, halos as separate text).
 * Also the South China Sea inset's map. No second map renderer: the camera,
 * features, style and labels come from the map model, as for the canvas export.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { involvedBounds } from '../domain/mapFeatures';
import type { Geography } from '../mapmodel/geography';
import { SOUTH_CHINA_SEA_SIZE, SouthChinaSeaMap } from './SouthChinaSeaInset';
import { viewBounds, worldToScreen, type MapViewState } from '../mapmodel/camera';
import { captureCamera, type VectorMap, type VectorRequest } from '../mapmodel/capture';
import { CHINA, needsSouthChinaSeaInset } from '../mapmodel/extent';
import { mapFeaturesFor } from '../mapmodel/features';
import { buildOverlay } from '../mapmodel/overlay';
import { svgStyle } from '../mapmodel/style/read';
import { selectionTarget } from '../mapmodel/targets';
import type { MapTheme } from '../mapmodel/theme';
import type { SvgBoundaries } from './boundaries';
import { SvgOverlay } from './SvgOverlay';
import { REF_ZOOM } from './geometry';
import { geoPaint } from './geoPaint';
import { SvgGeography } from './SvgGeography';
import { geoShapesWithin } from './within';

export { SOUTH_CHINA_SEA_SIZE };

/** Pixels around the map within which a line or ring is still drawn: more than any stroke is wide. */
const STROKE_ROOM = 16;

/** What to draw (see `VectorRequest`). */
export type SvgMarkupRequest = VectorRequest;
/** The map as markup (see `VectorMap`). */
export type SvgMapMarkup = VectorMap;

/**
 * Renders the map of an export as SVG markup, drawn from `boundaries`: `live`
 * (the view on screen) fitted inside the insets, else the involved regions,
 * with the selection, filters, language and theme.
 */
export function svgMapMarkup(
  boundaries: SvgBoundaries,
  request: SvgMarkupRequest,
  live: MapViewState | null,
): SvgMapMarkup {
  const { shapes } = boundaries;
  const { index, view, selection } = request;
  const size = { width: request.width, height: request.height };
  const camera = captureCamera(
    { ...request, pixelRatio: 1 },
    live,
    involvedBounds(index, view) ?? CHINA,
  );
  const { features } = mapFeaturesFor(index, view, selection, camera, size);
  const style = svgStyle(request.lang, request.theme);
  const paint = geoPaint(style, camera.zoom);
  const selected = selectionTarget(selection);
  const overlay = buildOverlay({
    features,
    camera,
    size,
    style,
    selected,
    hovered: null,
    covered: request.covered,
    measure: request.measure,
  });
  const t = worldToScreen(camera, size, REF_ZOOM);
  // The map's box in path units, with room for the widest stroke: what lies wholly outside
  // it is left out of the file.
  const pad = STROKE_ROOM / t.k;
  const box = [
    -t.x / t.k - pad,
    -t.y / t.k - pad,
    (size.width - t.x) / t.k + pad,
    (size.height - t.y) / t.k + pad,
  ] as const;
  const markup = renderToStaticMarkup(
    <g id="atlas-map-picture">
      {request.transparent ? null : (
        <rect width={size.width} height={size.height} fill={paint.sea} />
      )}
      <SvgGeography
        shapes={geoShapesWithin(shapes, box)}
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
      <SvgOverlay overlay={overlay} selected={selected} font={request.font} />
    </g>,
  );
  return {
    markup,
    needsInset: needsSouthChinaSeaInset(viewBounds(camera, size)),
    labels: overlay.labels.map((l) => l.text),
    features,
  };
}

/** The South China Sea inset's map as a standalone `<svg>` of {@link SOUTH_CHINA_SEA_SIZE}, in `theme`'s colours. */
export function southChinaSeaMarkup(geography: Geography, theme: MapTheme): string {
  return renderToStaticMarkup(<SouthChinaSeaMap geography={geography} theme={theme} />);
}
