/**
 * What a renderer has on screen, for tests, the benchmark and host pages
 * (`window.atlas.mapSnapshot()`): how many flows it draws and summarises, the labels
 * it shows with their boxes in page pixels, and the flows and places as GeoJSON.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { RegionPointProps } from '../domain/mapFeatures';
import type { FlowArcProps, MapFeatures, Weaker } from './mapFeatures';

/** A label on screen: its place, its text and its box (left, top, width, height) in page pixels. */
export interface ShownLabel {
  readonly id: string;
  readonly text: string;
  readonly box: readonly [x: number, y: number, width: number, height: number];
}

/** A drawn flow and the page pixels of its middle, where a pointer finds it. */
export interface ShownFlow {
  readonly key: string;
  readonly x: number;
  readonly y: number;
}

/** Page pixels of a point given in degrees; null when it cannot be placed. */
export type ToPage = (lonLat: readonly [number, number]) => { x: number; y: number } | null;

/** What a renderer draws now. */
export interface MapSnapshot {
  readonly renderer: 'webgl' | 'svg';
  readonly flows: { readonly drawn: number; readonly summarised: number };
  /** Every drawn flow with the middle of its arc in page pixels (for hovering and clicking it). */
  readonly flowPoints: readonly ShownFlow[];
  /** The flows left undrawn on screen (beyond the budget), the links they hold, how many pass over. */
  readonly weaker: Weaker;
  readonly labels: readonly ShownLabel[];
  readonly geojson: {
    readonly flows: FeatureCollection<LineString, FlowArcProps>;
    readonly points: FeatureCollection<Point, RegionPointProps>;
  };
}

/** A snapshot of `features` with the labels a renderer shows; `toPage` is its projection. */
export function snapshotOf(
  renderer: MapSnapshot['renderer'],
  features: MapFeatures,
  labels: readonly ShownLabel[],
  toPage: ToPage,
): MapSnapshot {
  const flowPoints = features.arcs.features.flatMap((f) => {
    const line = f.geometry.coordinates;
    const middle = line[Math.floor(line.length / 2)];
    const at = middle ? toPage([middle[0] ?? 0, middle[1] ?? 0]) : null;
    return at ? [{ key: f.properties.key, ...at }] : [];
  });
  return {
    renderer,
    flows: { drawn: features.arcs.features.length, summarised: features.weaker.flows },
    flowPoints,
    weaker: features.weaker,
    labels,
    geojson: { flows: features.arcs, points: features.points },
  };
}

/** Pairs of labels whose boxes intersect (touching edges do not count). */
export function labelOverlaps(labels: readonly ShownLabel[]): number {
  let n = 0;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]?.box;
      const b = labels[j]?.box;
      if (!a || !b) continue;
      if (a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]) n++;
    }
  }
  return n;
}
