/**
 * Planar geometry on `[lon, lat]` rings: areas, the largest part of a multipolygon,
 * point-in-polygon and the label point (pole of inaccessibility).
 */
import polylabel from 'polylabel';

/** A `[lon, lat]` pair. */
export type LonLat = [number, number];
/** A closed ring or a line of positions. */
export type Ring = LonLat[];
/** A polygon: outer ring first, then holes. */
export type PolygonRings = Ring[];

/** Signed shoelace area of a ring in square degrees (positive when counter-clockwise). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) sum += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return sum / 2;
}

/** Area of a polygon (outer ring minus holes), in square degrees scaled by cos(latitude). */
export function polygonArea(polygon: PolygonRings): number {
  const [outer, ...holes] = polygon;
  if (!outer) return 0;
  const scale = Math.cos((meanLatitude(outer) * Math.PI) / 180);
  const area = Math.abs(ringArea(outer)) - holes.reduce((s, h) => s + Math.abs(ringArea(h)), 0);
  return area * scale;
}

function meanLatitude(ring: Ring): number {
  let min = Infinity;
  let max = -Infinity;
  for (const [, lat] of ring) {
    if (lat < min) min = lat;
    if (lat > max) max = lat;
  }
  return ring.length ? (min + max) / 2 : 0;
}

/** The part of a multipolygon with the largest area (the mainland, not the islands). */
export function largestPart(parts: PolygonRings[]): PolygonRings {
  let best: PolygonRings | undefined;
  let bestArea = -1;
  for (const part of parts) {
    const area = polygonArea(part);
    if (area > bestArea) {
      best = part;
      bestArea = area;
    }
  }
  if (!best) throw new Error('largestPart: a multipolygon needs at least one part');
  return best;
}

function inRing([x, y]: LonLat, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) {
      inside = !inside;
    }
  }
  return inside;
}

/** Whether a point lies inside a polygon (inside the outer ring and outside every hole). */
export function pointInPolygon(point: LonLat, polygon: PolygonRings): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && inRing(point, outer) && !holes.some((h) => inRing(point, h));
}

/** Whether a point lies inside any part of a multipolygon. */
export function pointInMultiPolygon(point: LonLat, parts: PolygonRings[]): boolean {
  return parts.some((part) => pointInPolygon(point, part));
}

/** Rounds a coordinate to `digits` decimals (4 digits ≈ 11 m). */
export function roundTo(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f || 0;
}

/**
 * The label point of a region: the pole of inaccessibility of its largest part.
 * Longitudes are scaled by cos(latitude) first so that the point is the centre of the
 * largest circle as the map (conformal Web Mercator) shows it, not in raw degrees.
 * `precision` is in degrees of latitude.
 */
export function labelPoint(parts: PolygonRings[], precision = 0.01): LonLat {
  const part = largestPart(parts);
  const outer = part[0];
  if (!outer) throw new Error('labelPoint: empty polygon');
  const k = Math.cos((meanLatitude(outer) * Math.PI) / 180);
  const scaled = part.map((ring) => ring.map(([lon, lat]): LonLat => [lon * k, lat]));
  const [x, y] = polylabel(scaled, precision);
  return [roundTo(x / k), roundTo(y)];
}

/** Great-circle distance between two points in kilometres (haversine). */
export function distanceKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
