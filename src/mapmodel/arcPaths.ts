/**
 * Flow arcs on screen for a camera: each arc's points projected (to a tenth of a pixel)
 * and its SVG path. An arc's shape depends only on its ends, whose coordinates are kept
 * per pair (`mapFeatures.ts` `arcBetween`), and on the camera; so the paths of the last
 * camera are kept, by those coordinates. A filter change at 10,000 articles moves no
 * camera, and no longer projects 150 arcs again (about 7 ms a change).
 */
import type { Camera, ViewSize } from './camera';

/** Screen pixels of a longitude and latitude under the camera. */
export type Project = (lon: number, lat: number) => [number, number];

/** An arc on screen: its path and its points (for picking). */
export interface ArcPath {
  readonly d: string;
  readonly points: readonly (readonly [x: number, y: number])[];
}

/** Screen pixels to a tenth: what the overlay draws. */
export const round = (n: number) => Math.round(n * 10) / 10;

let kept: { readonly view: string; readonly paths: WeakMap<object, ArcPath> } | null = null;

/** The path of the arc through `coordinates` under `camera` in a `size` view (`project`: its projection). */
export function arcPath(
  coordinates: readonly (readonly number[])[],
  camera: Camera,
  size: ViewSize,
  project: Project,
): ArcPath {
  const view = `${camera.center[0]},${camera.center[1]},${camera.zoom},${size.width},${size.height}`;
  if (kept?.view !== view) kept = { view, paths: new WeakMap() };
  const known = kept.paths.get(coordinates);
  if (known) return known;
  const points: (readonly [number, number])[] = [];
  let d = '';
  for (const [lon = 0, lat = 0] of coordinates) {
    const [x, y] = project(lon, lat);
    const point = [round(x), round(y)] as const;
    d += `${points.length ? 'L' : 'M'}${point[0]},${point[1]}`;
    points.push(point);
  }
  const path = { d, points };
  kept.paths.set(coordinates, path);
  return path;
}
