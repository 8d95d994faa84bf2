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

/** What a renderer draws now. */
export interface MapSnapshot {
  readonly renderer: 'webgl' | 'svg';
  readonly flows: { readonly drawn: number; readonly summarised: number };
  /** The flows left undrawn (beyond the budget) and the links they hold. */
  readonly weaker: Weaker;
  readonly labels: readonly ShownLabel[];
  readonly geojson: {
    readonly flows: FeatureCollection<LineString, FlowArcProps>;
    readonly points: FeatureCollection<Point, RegionPointProps>;
  };
}

/** A snapshot of `features` with the labels a renderer shows. */
export function snapshotOf(
  renderer: MapSnapshot['renderer'],
  features: MapFeatures,
  labels: readonly ShownLabel[],
): MapSnapshot {
  return {
    renderer,
    flows: { drawn: features.arcs.features.length, summarised: features.weaker.flows },
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
