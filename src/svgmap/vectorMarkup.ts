/**
 * The vector pictures both renderers hand to exports (`MapController.vector` and
 * `insetMarkup`): always drawn by the SVG map's components, loaded on the first vector
 * export (react-dom/server stays out of the first load).
 */
import type { MapViewState } from '../mapmodel/camera';
import type { VectorMap, VectorRequest } from '../mapmodel/capture';
import type { MapTheme } from '../mapmodel/theme';
import { preloadGeography, preloadSvgBoundaries } from './geographyCache';

/** The view as markup: `live` (the view on screen) fitted inside the request's insets. */
export async function vectorMap(
  request: VectorRequest,
  live: MapViewState | null,
): Promise<VectorMap> {
  const [{ svgMapMarkup }, boundaries] = await Promise.all([
    import('./toMarkup'),
    preloadSvgBoundaries(),
  ]);
  return svgMapMarkup(boundaries, request, live);
}

/** The South China Sea inset's `<svg>`, or null when its boundaries cannot be loaded. */
export async function insetMarkup(theme: MapTheme): Promise<string | null> {
  try {
    const [{ southChinaSeaMarkup }, geography] = await Promise.all([
      import('./toMarkup'),
      preloadGeography(),
    ]);
    return southChinaSeaMarkup(geography, theme);
  } catch {
    // The inset is a courtesy on exports; the map itself is still drawn.
    return null;
  }
}
