/**
 * The map adapter: the only code that imports `maplibre-gl`.
 * `MapView` draws the atlas; `screenPointOf` tells tests and host pages where a click selects a region.
 */
export { MapView } from './MapView';
export { screenPointOf } from './screenPoint';
