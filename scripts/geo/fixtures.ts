/** Small fixture geometries and records for the geo build's tests. */
import type { RegionSource } from '../../src/domain/schema';
import type { LonLat, PolygonRings, Ring } from './geometry';

/** A closed clockwise square ring with its south-west corner at (x, y). */
export function square(x: number, y: number, size = 1): Ring {
  return [
    [x, y],
    [x, y + size],
    [x + size, y + size],
    [x + size, y],
    [x, y],
  ];
}

/** A closed ring through `points` (closed by repeating the first point). */
export function ring(...points: LonLat[]): Ring {
  const first = points[0];
  return first ? [...points, first] : [];
}

/** A polygon (one part) from rings. */
export const polygon = (...rings: Ring[]): PolygonRings => rings;

/** A gazetteer record with sensible defaults. */
export function region(
  over: Partial<RegionSource> & Pick<RegionSource, 'id' | 'code'>,
): RegionSource {
  return {
    name: { zh: `${over.id}市`, en: over.id },
    shortNames: [],
    level: 'province',
    parent: null,
    ...over,
  };
}
