/**
 * China's extent and the South China Sea inset rule of China's standard maps, for
 * every picture of the map (the WebGL map, the SVG map, the exports).
 */
import type { LonLatBounds } from '../domain/mapFeatures';

/** China's extent: what the map shows when nothing is involved. */
export const CHINA: LonLatBounds = [
  [73.5, 18],
  [135.1, 53.6],
];

/** The box of the South China Sea islands, which a map of the whole country must show. */
export const SCS_ISLANDS: LonLatBounds = [
  [108, 3.5],
  [120, 21],
];

/** The South China Sea inset map's size in CSS pixels, on screen and in exports. */
export const SOUTH_CHINA_SEA_SIZE = { width: 120, height: 170 } as const;

function overlap(lo: number, hi: number, a: number, z: number): number {
  return Math.max(0, Math.min(hi, z) - Math.max(lo, a));
}

/**
 * True when a view of `bounds` shows most of the country but not the South China
 * Sea islands: the standard-map convention then asks for an inset.
 */
export function needsSouthChinaSeaInset(bounds: LonLatBounds): boolean {
  const [[w, s], [e, n]] = bounds;
  const lonShare = overlap(w, e, CHINA[0][0], CHINA[1][0]) / (CHINA[1][0] - CHINA[0][0]);
  const latShare = overlap(s, n, CHINA[0][1], CHINA[1][1]) / (CHINA[1][1] - CHINA[0][1]);
  const islandsVisible =
    w <= SCS_ISLANDS[0][0] &&
    e >= SCS_ISLANDS[1][0] &&
    s <= SCS_ISLANDS[0][1] &&
    n >= SCS_ISLANDS[1][1];
  return lonShare * latShare >= 0.5 && !islandsVisible;
}
