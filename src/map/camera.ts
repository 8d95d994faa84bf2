/**
 * Camera moves: fit the involved regions (first view, reset button) and bring a
 * new selection into view only when it is off-screen. The camera is otherwise
 * left to the user.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { LonLatBounds } from '../domain/mapFeatures';

/** Padding around fitted content for a view of `width`×`height` px: 8 % of the short side, 16–64 px (both maps use it). */
export function fitPaddingFor(width: number, height: number): number {
  return Math.round(Math.max(16, Math.min(64, Math.min(width, height) * 0.08)));
}

function fitPadding(map: MapLibreMap): number {
  const { clientWidth, clientHeight } = map.getContainer();
  return fitPaddingFor(clientWidth, clientHeight);
}

/** The union of boxes, or null when there are none. */
export function unionBounds(
  boxes: readonly (LonLatBounds | null | undefined)[],
): LonLatBounds | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    if (!b) continue;
    [w, s, e, n] = [
      Math.min(w, b[0][0]),
      Math.min(s, b[0][1]),
      Math.max(e, b[1][0]),
      Math.max(n, b[1][1]),
    ];
  }
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

function like(b: LonLatBounds): LngLatBoundsLike {
  return [b[0][0], b[0][1], b[1][0], b[1][1]];
}

/** Smallest box a fit shows, in degrees, so a few nearby places keep their provinces around them. */
export const MIN_FIT_SPAN: readonly [lon: number, lat: number] = [9, 6];

/** `bounds` grown about its centre to at least {@link MIN_FIT_SPAN}. */
export function atLeastMinSpan(bounds: LonLatBounds): LonLatBounds {
  const [[w, s], [e, n]] = bounds;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const hx = Math.max(e - w, MIN_FIT_SPAN[0]) / 2;
  const hy = Math.max(n - s, MIN_FIT_SPAN[1]) / 2;
  return [
    [cx - hx, cy - hy],
    [cx + hx, cy + hy],
  ];
}

/** Fits `bounds` (grown to a minimum span) into the map with padding; instantly, or with a short ease. */
export function fitTo(map: MapLibreMap, bounds: LonLatBounds, animate: boolean): void {
  map.fitBounds(like(atLeastMinSpan(bounds)), {
    padding: fitPadding(map),
    maxZoom: 7,
    animate,
    duration: animate ? 600 : 0,
  });
}

/** True when every point lies inside the map with a margin. */
export function allVisible(
  map: MapLibreMap,
  points: readonly (readonly [number, number])[],
): boolean {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const m = Math.min(40, Math.min(w, h) * 0.1);
  return points.every(([lon, lat]) => {
    const p = map.project([lon, lat]);
    return p.x >= m && p.y >= m && p.x <= w - m && p.y <= h - m;
  });
}

/** Eases to show `points` if any is off-screen, never zooming in past the current zoom. */
export function revealPoints(
  map: MapLibreMap,
  points: readonly (readonly [number, number])[],
): void {
  if (!points.length || allVisible(map, points)) return;
  const [first] = points;
  if (points.length === 1 && first) {
    map.easeTo({ center: [first[0], first[1]], duration: 500 });
    return;
  }
  const box = unionBounds(points.map((p) => [p, p]));
  if (box) {
    map.fitBounds(like(box), {
      padding: fitPadding(map) * 2,
      maxZoom: map.getZoom(),
      duration: 500,
    });
  }
}

/** China's extent, and the box of the South China Sea islands the standard map must show. */
const CHINA: LonLatBounds = [
  [73.5, 18],
  [135.1, 53.6],
];
const SCS_ISLANDS: LonLatBounds = [
  [108, 3.5],
  [120, 21],
];

/**
 * True when the view shows most of the country but not the South China Sea
 * islands: the standard-map convention then asks for an inset.
 */
export function needsSouthChinaSeaInset(map: MapLibreMap): boolean {
  const b = map.getBounds();
  const [w, s, e, n] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  const overlap = (lo: number, hi: number, a: number, z: number) =>
    Math.max(0, Math.min(hi, z) - Math.max(lo, a));
  const lonShare = overlap(w, e, CHINA[0][0], CHINA[1][0]) / (CHINA[1][0] - CHINA[0][0]);
  const latShare = overlap(s, n, CHINA[0][1], CHINA[1][1]) / (CHINA[1][1] - CHINA[0][1]);
  const islandsVisible =
    w <= SCS_ISLANDS[0][0] &&
    e >= SCS_ISLANDS[1][0] &&
    s <= SCS_ISLANDS[0][1] &&
    n >= SCS_ISLANDS[1][1];
  return lonShare * latShare >= 0.5 && !islandsVisible;
}
