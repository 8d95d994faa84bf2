/**
 * What a pointer is over on the SVG map: one rule for hover, click and `screenPointOf`,
 * the WebGL map's (`map/picking.ts`). The overlay the map draws is asked first
 * (`pickOverlay`: a place marker within its reach, a place label, a flow within its hit
 * width), then the region polygon under the pointer. The overlay's elements carry no
 * invisible hit shapes: the model measures the distances.
 */
import { pickOverlay } from '../mapmodel/pick';
import type { MapTarget } from '../mapmodel/targets';
import { getSvgOverlay } from './viewStore';

/** The region or link an element belongs to, or null for sea and background land. */
export function targetOf(element: EventTarget | null): MapTarget {
  if (!(element instanceof Element)) return null;
  const hit = element.closest<SVGElement | HTMLElement>('[data-region],[data-link]');
  const region = hit?.dataset.region;
  if (region) return { kind: 'region', id: region };
  const link = hit?.dataset.link;
  return link ? { kind: 'link', id: link } : null;
}

/** The target at (x, y), in the `<svg>`'s pixels, where the browser's hit test found `hit`. */
export function pickSvg(hit: EventTarget | null, x: number, y: number): MapTarget {
  const overlay = getSvgOverlay();
  return (overlay && pickOverlay(overlay, x, y)) ?? targetOf(hit);
}
