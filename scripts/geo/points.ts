/**
 * Label points for every gazetteer region: the pole of inaccessibility of the largest
 * part of its unsimplified Tianditu polygon. `data/geo/points.json` holds them.
 */
import { z } from 'zod';
import type { LonLat, PolygonRings } from './geometry';
import { labelPoint } from './geometry';

/** One region's entry in `data/geo/points.json`. */
export interface RegionPoint {
  point: LonLat;
  hasPolygon: boolean;
}

/** The schema of `data/geo/points.json`, for the atlas build that reads it. */
export const PointsFileSchema = z.record(
  z.string(),
  z.object({
    point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    hasPolygon: z.boolean(),
  }),
);

/**
 * Computes the label point of each region id from its polygon parts. Every region must
 * have a polygon in the dataset (the validation guarantees it): a region without one is
 * an error. `drawn` tells whether the boundaries file carries the polygon (`hasPolygon`).
 */
export function computePoints(
  ids: string[],
  partsOf: (id: string) => PolygonRings[] | undefined,
  drawn: (id: string) => boolean = () => true,
): Map<string, RegionPoint> {
  const points = new Map<string, RegionPoint>();
  for (const id of [...ids].sort()) {
    const parts = partsOf(id);
    if (!parts?.length) throw new Error(`region "${id}": no polygon to place its label point on`);
    points.set(id, { point: labelPoint(parts), hasPolygon: drawn(id) });
  }
  return points;
}

/** Serialises the points with sorted keys, one region per line. */
export function formatPoints(points: ReadonlyMap<string, RegionPoint>): string {
  const lines = [...points.keys()].sort().map((id) => {
    const p = points.get(id);
    if (!p) return '';
    return `  ${JSON.stringify(id)}: { "point": [${p.point[0]}, ${p.point[1]}], "hasPolygon": ${p.hasPolygon} }`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
