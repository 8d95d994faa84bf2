/**
 * `screenPointOf` on the SVG map: the browser's own hit test (`elementFromPoint`) checks
 * every candidate, so whatever covers the map (a label, another marker, a control) counts.
 */
import { searchScreenPoint, type PageBox } from '../mapmodel/screenPoint';
import { targetOf } from './useSvgPointer';
import { getSvgView } from './viewStore';

function boxOf(rect: DOMRect): PageBox {
  return [rect.left, rect.top, rect.right, rect.bottom];
}

function centre(rect: DOMRect): [number, number] {
  return [rect.left + rect.width / 2, rect.top + rect.height / 2];
}

/** Page coordinates where a click selects `regionId` on the SVG map; null when it is not the active map or the region is not shown. */
export function svgScreenPointOf(regionId: string): { x: number; y: number } | null {
  const { element, active } = getSvgView();
  if (!element || !active) return null;
  const selector = (tag: string) => `${tag}[data-region="${CSS.escape(regionId)}"]`;
  const tries = [
    ...element.querySelectorAll(`.svgmap__markers ${selector('g')} circle`),
    ...element.querySelectorAll(`.svgmap__labels ${selector('text')}`),
  ].map((el) => centre(el.getBoundingClientRect()));
  const polygon = element.querySelector(selector('path'))?.getBoundingClientRect();
  return searchScreenPoint(regionId, {
    pick: (x, y) => targetOf(document.elementFromPoint(x, y)),
    tries,
    polygon: polygon ? { box: boxOf(polygon), from: centre(polygon) } : null,
    map: boxOf(element.getBoundingClientRect()),
  });
}
