/**
 * The arrowhead drawn on directed links, made in code (no sprite to fetch) as a
 * signed distance field so MapLibre can tint it (`icon-color`) and scale it crisply.
 */

const SIZE = 40;
// A triangle pointing up (north); `icon-rotate` turns it to the link's bearing.
const TRIANGLE: readonly [number, number][] = [
  [20, 6],
  [33, 32],
  [7, 32],
];

function edgeDistance(px: number, py: number): number {
  let inside = Infinity;
  for (let i = 0; i < TRIANGLE.length; i++) {
    const [ax, ay] = TRIANGLE[i] ?? [0, 0];
    const [bx, by] = TRIANGLE[(i + 1) % TRIANGLE.length] ?? [0, 0];
    const len = Math.hypot(bx - ax, by - ay);
    // Positive inside (the vertices run clockwise in screen coordinates).
    inside = Math.min(inside, ((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / len);
  }
  return inside;
}

/** A 40×40 RGBA signed distance field of an upward arrowhead (drawn at pixel ratio 2). */
export function arrowImage(): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const d = edgeDistance(x + 0.5, y + 0.5);
      // MapLibre draws an SDF icon's edge at alpha 0.75; 24 alpha steps per pixel of distance.
      const alpha = Math.max(0, Math.min(255, Math.round(191 + d * 24)));
      const i = (y * SIZE + x) * 4;
      data[i] = 255;
      data[i + 1] = 255;
      data[i + 2] = 255;
      data[i + 3] = alpha;
    }
  }
  return { width: SIZE, height: SIZE, data };
}
