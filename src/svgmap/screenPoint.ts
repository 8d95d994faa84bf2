/**
 * `screenPointOf` on the SVG map: the browser's own hit test (`elementFromPoint`) checks
 * every candidate, so whatever covers the map (a control, a notice) counts, and then the
 * pointer's rule (`pickSvg`) says what a click there selects.
 */
import { searchScreenPoint, type PageBox } from '../mapmodel/screenPoint';
import { pickSvg } from './pick';
import { drawKeptMap } from './useAdoption';
import { getSvgView } from './viewStore';

function boxOf(rect: DOMRect): PageBox {
  return [rect.left, rect.top, rect.right, rect.bottom];
}

function centre(rect: DOMRect): [number, number] {
  return [rect.left + rect.width / 2, rect.top + rect.height / 2];
}

/** Page coordinates where a click selects `regionId` on the SVG map; null when it is not the active map or the region is not shown. */
export function svgScreenPointOf(regionId: string): { x: number; y: number } | null {
  drawKeptMap();
  const { element, active } = getSvgView();
  if (!element || !active) return null;
  const selector = (tag: string) => `${tag}[data-region="${CSS.escape(regionId)}"]`;
  const tries = [
    ...element.querySelectorAll(`.svgmap__markers ${selector('g')} circle`),
    ...element.querySelectorAll(`.svgmap__labels ${selector('text')}`),
  ].map((el) => centre(el.getBoundingClientRect()));
  const polygon = element.querySelector(selector('path'))?.getBoundingClientRect();
  const map = element.getBoundingClientRect();
  return searchScreenPoint(regionId, {
    pick: (x, y) => {
      const hit = document.elementFromPoint(x, y);
      return hit && element.contains(hit) ? pickSvg(hit, x - map.left, y - map.top) : null;
    },
    tries,
    polygon: polygon ? { box: boxOf(polygon), from: centre(polygon) } : null,
    map: boxOf(map),
  });
}
