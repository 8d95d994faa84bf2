/**
 * Renders the current view into an image for export, on a second, hidden
 * MapLibre map of the export's own size and pixel ratio (so a 1920×1080 or
 * 3840×2160 slide is drawn at full resolution whatever the window size). The
 * WebGL canvas is copied inside MapLibre's `render` event, in the same frame
 * as the draw, so no `preserveDrawingBuffer` is needed on either map.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import { captureCamera, type CaptureRequest, type CapturedMap } from '../mapmodel/capture';
import type { MapViewState } from '../mapmodel/camera';
import { CHINA, needsSouthChinaSeaInset } from '../mapmodel/extent';
import { selectionTarget } from '../mapmodel/targets';
import { baseStyle } from '../mapmodel/style/sources';
import { boundsOf } from './camera';
import { involvedBounds } from '../domain/mapFeatures';
import { mapFeaturesFor } from '../mapmodel/features';
import { preloadGeography } from '../svgmap/geographyCache';
import { canvasMeasure } from '../mapmodel/labels';
import { buildLabels } from '../mapmodel/overlay';
import { placedLabelFeatures } from '../mapmodel/placedLabels';
import { FALLBACK_FONTS, LABEL_FONT_FAMILY } from '../mapmodel/style/fonts';
import { svgStyle } from '../mapmodel/style/read';
import { MapSync } from './mapSync';
import { applyMapTheme } from './theme';

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what} took longer than ${ms / 1000} s`)),
      ms,
    );
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** Draws the map of an export on a hidden MapLibre map; `live` is the view on screen. */
export async function captureMap(
  request: CaptureRequest,
  live: MapViewState | null,
): Promise<CapturedMap> {
  const geo = await preloadGeography();
  const { index, view, selection } = request;
  const camera = captureCamera(request, live, involvedBounds(index, view) ?? CHINA);
  const size = { width: request.width, height: request.height };
  const { features } = mapFeaturesFor(index, view, selection, camera, size);
  const { width, height, pixelRatio, lang } = request;
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  const map = new MapLibreMap({
    container,
    style: baseStyle(),
    pixelRatio,
    interactive: false,
    attributionControl: false,
    renderWorldCopies: false,
    fadeDuration: 0,
    maxCanvasSize: [16384, 16384],
    center: [camera.center[0], camera.center[1]],
    zoom: camera.zoom,
  });
  try {
    const sync = new MapSync(map, lang);
    const installed = new Promise<void>((resolve) =>
      map.on('style.load', () => {
        sync.install();
        applyMapTheme(map, request.theme, lang);
        if (request.transparent) map.setPaintProperty('sea', 'background-opacity', 0);
        resolve();
      }),
    );
    sync.setGeography(geo);
    sync.setFeatures(features);
    sync.setSelected(selectionTarget(request.selection));
    // Labels are placed by the map model, as on the live map (`usePlacedLabels`).
    const labels = buildLabels({
      features,
      camera,
      size,
      style: svgStyle(lang, request.theme),
      selected: selectionTarget(request.selection),
      hovered: null,
      measure: canvasMeasure(`"${LABEL_FONT_FAMILY}", ${FALLBACK_FONTS}`),
    });
    sync.setLabels(placedLabelFeatures(labels, features), labels);
    await within(installed, 20_000, 'Loading the export map style');
    await within(
      new Promise<void>((resolve) => {
        const check = () => {
          if (!map.loaded() || !sync.hasAtlasData()) return;
          map.off('idle', check);
          resolve();
        };
        map.on('idle', check);
        map.triggerRepaint();
      }),
      60_000,
      'Drawing the export map',
    );
    const canvas = document.createElement('canvas');
    canvas.width = map.getCanvas().width;
    canvas.height = map.getCanvas().height;
    await within(
      new Promise<void>((resolve) => {
        map.once('render', () => {
          canvas.getContext('2d')?.drawImage(map.getCanvas(), 0, 0);
          resolve();
        });
        map.triggerRepaint();
      }),
      20_000,
      'Reading the export map',
    );
    return { canvas, needsInset: needsSouthChinaSeaInset(boundsOf(map)), features };
  } finally {
    map.remove();
    container.remove();
  }
}
