/**
 * `window.atlas.screenPoint(regionId)` for either map: a page point where a real click
 * selects the region. The renderer says what a click at a page point would pick (its own
 * hit test); the search tries the region's marker and label first, then its polygon's box
 * from the anchor outwards. A real pointer lands on whole pixels, maybe a pixel off, so the
 * point and its four diagonal neighbours must all pick the region.
 */
import type { RegionId } from '../domain/schema';
import type { MapTarget } from './targets';

/** A box in page pixels: left, top, right, bottom. */
export type PageBox = readonly [number, number, number, number];

/** How to search one map for a region. */
export interface ScreenSearch {
  /** What a click at page pixel (x, y) would pick. */
  readonly pick: (x: number, y: number) => MapTarget;
  /** Page points to try first (the marker's centre, the label's). */
  readonly tries: readonly (readonly [number, number])[];
  /** Where the region's polygon lies in page pixels, searched from `from` outwards; null when unknown. */
  readonly polygon: { readonly box: PageBox; readonly from: readonly [number, number] } | null;
  /** The map's area in page pixels: nothing outside it (nor within 3 px of its edge) is a point. */
  readonly map: PageBox;
}

const STEP = 6;
const MARGIN = 3;
const MOST = 2000;
const NEIGHBOURS = [
  [0, 0],
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
] as const;

/** A page point where a click selects `regionId`, or null when none is found. */
export function searchScreenPoint(
  regionId: RegionId,
  search: ScreenSearch,
): { x: number; y: number } | null {
  const [left, top, right, bottom] = search.map;
  const inside = (x: number, y: number) =>
    x >= left + MARGIN && y >= top + MARGIN && x <= right - MARGIN && y <= bottom - MARGIN;
  const hits = (x: number, y: number) =>
    inside(x, y) &&
    NEIGHBOURS.every(([dx, dy]) => {
      const t = search.pick(x + dx, y + dy);
      return t?.kind === 'region' && t.id === regionId;
    });
  for (const [x, y] of search.tries) {
    const at = { x: Math.round(x), y: Math.round(y) };
    if (hits(at.x, at.y)) return at;
  }
  if (!search.polygon) return null;
  const { box, from } = search.polygon;
  const candidates: [number, number, number][] = [];
  for (let x = Math.max(left + MARGIN, box[0]); x <= Math.min(right - MARGIN, box[2]); x += STEP) {
    for (
      let y = Math.max(top + MARGIN, box[1]);
      y <= Math.min(bottom - MARGIN, box[3]);
      y += STEP
    ) {
      candidates.push([Math.round(x), Math.round(y), Math.hypot(x - from[0], y - from[1])]);
    }
  }
  candidates.sort((a, b) => a[2] - b[2]);
  for (const [x, y] of candidates.slice(0, MOST)) if (hits(x, y)) return { x, y };
  return null;
}
