/**
 * Context layers from Natural Earth: neighbouring countries, rivers and lakes, clipped
 * to the map's area. China itself comes from the Tianditu boundaries, so Natural
 * Earth's China, Taiwan, Hong Kong and Macao are left out.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Position,
} from 'geojson';
import type { BBox } from './clip';
import { clipLine, clipPolygon } from './clip';
import type { LonLat, PolygonRings, Ring } from './geometry';

/**
 * The area the context layers cover, and so how far the camera may look: 40–170°E,
 * 0–63°N. A 16:9 slide of the whole country, with room for its title card and footer,
 * shows about 125° of longitude; at 70–140°E the camera had to zoom in until the image
 * fitted the box, and the slide lost Hainan under its footer.
 */
export const CONTEXT_BOX: BBox = [40, 0, 170, 63];

/** ISO 3166 numeric ids (world-atlas feature ids) of CHN, TWN, HKG and MAC. */
export const CHINA_IDS = new Set(['156', '158', '344', '446']);

const lonLat = (p: Position): LonLat => [p[0] ?? NaN, p[1] ?? NaN];
const ring = (r: Position[]): Ring => r.map(lonLat);

/** The polygons of a geometry (empty for other types). */
function polygonsOf(geometry: Geometry | null): PolygonRings[] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates.map(ring)];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.map((p) => p.map(ring));
  return [];
}

/** The lines of a geometry (empty for other types). */
function linesOf(geometry: Geometry | null): Ring[] {
  if (geometry?.type === 'LineString') return [ring(geometry.coordinates)];
  if (geometry?.type === 'MultiLineString') return geometry.coordinates.map(ring);
  return [];
}

/** Clips a polygonal geometry to `box`; null when nothing is left. */
export function clipPolygonal(geometry: Geometry | null, box: BBox): MultiPolygon | null {
  const parts = polygonsOf(geometry)
    .map((p) => clipPolygon(p, box))
    .filter((p): p is PolygonRings => p !== null);
  return parts.length ? { type: 'MultiPolygon', coordinates: parts } : null;
}

/** Clips a linear geometry to `box`; null when nothing is left. */
export function clipLinear(geometry: Geometry | null, box: BBox): MultiLineString | null {
  const lines = linesOf(geometry).flatMap((l) => clipLine(l, box));
  return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
}

function nameOf(feature: Feature): string | null {
  const name: unknown = feature.properties?.['name'];
  return typeof name === 'string' && name ? name : null;
}

/** Neighbouring countries (every country but China's four ids), clipped, sorted by name. */
export function neighbourFeatures(
  countries: FeatureCollection,
  box: BBox = CONTEXT_BOX,
): Feature<MultiPolygon, { name: string }>[] {
  return countries.features
    .filter((f) => !CHINA_IDS.has(String(f.id)))
    .flatMap((f) => {
      const geometry = clipPolygonal(f.geometry, box);
      const name = nameOf(f);
      return geometry && name ? [{ type: 'Feature' as const, properties: { name }, geometry }] : [];
    })
    .sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));
}

/** Rivers (lines) or lakes (polygons) clipped to `box`, with `{ name }` where the source has one. */
export function contextFeatures<G extends MultiPolygon | MultiLineString>(
  collection: FeatureCollection,
  clip: (g: Geometry | null, box: BBox) => G | null,
  box: BBox = CONTEXT_BOX,
): Feature<G, { name?: string }>[] {
  return collection.features.flatMap((f) => {
    const geometry = clip(f.geometry, box);
    const name = nameOf(f);
    return geometry
      ? [{ type: 'Feature' as const, properties: name ? { name } : {}, geometry }]
      : [];
  });
}
