/**
 * `screenPointOf` on the SVG map: the page point of a region's marker, label
 * or polygon where a real click selects it. The browser's own hit test
 * (`elementFromPoint`) checks every candidate, so whatever covers the map
 * (a label, another marker, a control) is taken into account.
 */
import { targetOf } from './useSvgPointer';
import { getSvgView } from './viewStore';

const STEP = 6;
const NEIGHBOURS: readonly (readonly [number, number])[] = [
  [0, 0],
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
];

function picks(regionId: string, x: number, y: number): boolean {
  return NEIGHBOURS.every(([dx, dy]) => {
    const t = targetOf(document.elementFromPoint(x + dx, y + dy));
    return t?.kind === 'region' && t.id === regionId;
  });
}

function centre(rect: DOMRect): [number, number] {
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** Page coordinates where a click selects `regionId` on the SVG map; null when it is not the active map or the region is not shown. */
export function svgScreenPointOf(regionId: string): { x: number; y: number } | null {
  const { element, active } = getSvgView();
  if (!element || !active) return null;
  const selector = (tag: string) => `${tag}[data-region="${CSS.escape(regionId)}"]`;
  const tries: Element[] = [
    ...element.querySelectorAll(`.svgmap__markers ${selector('g')} circle`),
    ...element.querySelectorAll(`.svgmap__labels ${selector('text')}`),
  ];
  for (const el of tries) {
    const [x, y] = centre(el.getBoundingClientRect());
    if (picks(regionId, x, y)) return { x, y };
  }
  // Covered marker and label: search the region's polygon, from its middle outwards.
  const polygon = element.querySelector(`${selector('path')}`);
  const map = element.getBoundingClientRect();
  if (!polygon) return null;
  const box = polygon.getBoundingClientRect();
  const [cx, cy] = centre(box);
  const candidates: [number, number, number][] = [];
  for (
    let x = Math.max(map.left + 3, box.left);
    x <= Math.min(map.right - 3, box.right);
    x += STEP
  ) {
    for (
      let y = Math.max(map.top + 3, box.top);
      y <= Math.min(map.bottom - 3, box.bottom);
      y += STEP
    ) {
      candidates.push([Math.round(x), Math.round(y), Math.hypot(x - cx, y - cy)]);
    }
  }
  candidates.sort((a, b) => a[2] - b[2]);
  for (const [x, y] of candidates.slice(0, 2000)) if (picks(regionId, x, y)) return { x, y };
  return null;
}
