/**
 * The map adapter: the only code that imports `maplibre-gl`. `MapView` draws the atlas and
 * hands the active `MapController` (MapLibre's, or the SVG map's) to the page's `MapControl`.
 */
export { MapView } from './MapBoundary';
