/**
 * The SVG map: the atlas drawn as SVG with the map model's camera. It paints in the
 * first frame after the data, is the map while MapLibre starts, and stands in
 * wherever WebGL is unavailable. `svgController` is its `MapController`.
 */
export { svgController } from './controller';
export { SvgMapLayer } from './SvgMapLayer';
