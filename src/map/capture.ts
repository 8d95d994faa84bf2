/**
 * Renders the current view into an image for export, on a second, hidden
 * MapLibre map of the export's own size and pixel ratio (so a 1920×1080 or
 * 3840×2160 slide is drawn at full resolution whatever the window size). The
 * WebGL canvas is copied inside MapLibre's `render` event, in the same frame
 * as the draw, so no `preserveDrawingBuffer` is needed on either map.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Lang } from '../domain/format';
import type { LonLatBounds } from '../domain/mapFeatures';
import { pairKey, type FilteredView } from '../domain/select';
import type { Selection } from '../state/store';
import { needsSouthChinaSeaInset } from './camera';
import { mapFeaturesFor } from './features';
import type { Insets } from './fly';
import { preloadGeography } from '../svgmap/geographyCache';
import { getSvgView } from '../svgmap/viewStore';
import { MapSync, type MapTarget } from './mapSync';
import { registeredMap } from './screenPoint';
import { baseStyle } from './style';
import { applyMapTheme, type MapTheme } from './theme';

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
}

/** The drawn map, and whether the view needs the South China Sea inset. */
export interface CapturedMap {
  readonly canvas: HTMLCanvasElement;
  readonly needsInset: boolean;
}

function target(selection: Selection): MapTarget {
  if (!selection) return null;
  if (selection.kind === 'region') return { kind: 'region', id: selection.id };
  return { kind: 'link', id: pairKey(selection.a, selection.b) };
}

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

/**
 * The lon/lat box the WebGL map shows while it is the map on screen, for exports
 * drawn by the SVG code (vector files); null while the SVG map is the map (it
 * knows its own view) or there is no WebGL map.
 */
export function liveMapBounds(): LonLatBounds | null {
  const live = registeredMap();
  if (!live || getSvgView().active) return null;
  const b = live.map.getBounds();
  return [
    [b.getWest(), b.getSouth()],
    [b.getEast(), b.getNorth()],
  ];
}

/** Draws the map of the current view; null when the live map is unavailable (no WebGL). */
export async function captureMap(request: CaptureRequest): Promise<CapturedMap | null> {
  const live = registeredMap();
  if (!live) return null;
  const geo = await preloadGeography();
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
    bounds: live.map.getBounds(),
    fitBoundsOptions: { padding: request.insets },
    // As on screen (MapView): beyond the extent the context layers stop in a straight edge.
    ...(geo.extent ? { maxBounds: [[...geo.extent[0]], [...geo.extent[1]]] } : {}),
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
    sync.setFeatures(mapFeaturesFor(request.index, request.view));
    sync.setSelected(target(request.selection));
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
    return { canvas, needsInset: needsSouthChinaSeaInset(map) };
  } finally {
    map.remove();
    container.remove();
  }
}
