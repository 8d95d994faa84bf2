/** Whether the SVG map's view needs the South China Sea inset, by the rule of `needsSouthChinaSeaInset`. */
import type { LonLatBounds } from '../domain/mapFeatures';
import { viewBounds, type SvgCamera, type ViewSize } from './camera';

// The same boxes as `map/camera.ts`: China, and the South China Sea islands.
const CHINA: LonLatBounds = [
  [73.5, 18],
  [135.1, 53.6],
];
const SCS_ISLANDS: LonLatBounds = [
  [108, 3.5],
  [120, 21],
];

function overlap(lo: number, hi: number, a: number, z: number): number {
  return Math.max(0, Math.min(hi, z) - Math.max(lo, a));
}

/** True when the view shows most of the country but not the South China Sea islands. */
export function needsInset(camera: SvgCamera, size: ViewSize): boolean {
  const [[w, s], [e, n]] = viewBounds(camera, size);
  const lonShare = overlap(w, e, CHINA[0][0], CHINA[1][0]) / (CHINA[1][0] - CHINA[0][0]);
  const latShare = overlap(s, n, CHINA[0][1], CHINA[1][1]) / (CHINA[1][1] - CHINA[0][1]);
  const islandsVisible =
    w <= SCS_ISLANDS[0][0] &&
    e >= SCS_ISLANDS[1][0] &&
    s <= SCS_ISLANDS[0][1] &&
    n >= SCS_ISLANDS[1][1];
  return lonShare * latShare >= 0.5 && !islandsVisible;
}
