/**
 * The SVG map: the atlas drawn as SVG with MapLibre's camera. It paints in the
 * first frame after the data, is the map while MapLibre starts, and stands in
 * wherever WebGL is unavailable. `toCanvas.ts` draws a view on a canvas for
 * exports; it is imported from there (not re-exported here), so the exports
 * that use it load it with them instead of with the first load.
 */
import type { LonLatBounds } from '../domain/mapFeatures';
import { fitSvg } from './fit';
import type { MapPhase } from './handover';

export { flySvg } from './fit';
export { SvgMapLayer } from './SvgMapLayer';
export { svgScreenPointOf } from './screenPoint';
export { zoomSvg } from './useSvgPointer';
export { getSvgView } from './viewStore';

/** Back to the first view: fits `bounds` (the involved regions, or China). */
export function resetSvg(bounds: LonLatBounds): void {
  fitSvg(bounds);
}

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
