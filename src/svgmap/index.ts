/**
 * The SVG map: the atlas drawn as SVG with the map model's camera. It paints in the
 * first frame after the data, is the map while MapLibre starts, and stands in
 * wherever WebGL is unavailable. `svgController` is its `MapController`.
 */
import type { MapPhase } from './handover';

export { svgController } from './controller';
export { SvgMapLayer } from './SvgMapLayer';

/**
 * The class of the MapLibre canvas container in each phase of the hand-over:
 * under the SVG map while it starts, hidden where the SVG map stays for good.
 * (At the hand-over the SVG map fades out over it: `svgmap--inactive`.)
 */
export function canvasClass(phase: MapPhase): string {
  if (phase === 'svg') return 'svgmap-canvas--under';
  if (phase === 'fallback') return 'svgmap-canvas--off';
  return '';
}
