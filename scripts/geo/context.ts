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
import polygonClipping from 'polygon-clipping';
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

/**
 * How many of a sliver's vertices must be a neighbour's own for the sliver to lie along its
 * border (a sliver along the coast touches them at most where a land border meets the sea).
 */
const ALONG_BORDER = 2;

/**
 * How far from Natural Earth's land borders a sliver is looked for, in degrees (about 25 km):
 * wider than the widest sliver (about 15 km in Guangxi), so the slivers along the coast, where
 * the two sources' coasts differ, are cut off this close to the end of a land border.
 */
const BORDER_REACH = 0.25;

/** The area within {@link BORDER_REACH} of the segments China shares with a neighbour in `owners`. */
function borderZone(chinaPolygons: PolygonRings[], owners: ReadonlyMap<string, string>) {
  const zone: PolygonRings[] = [];
  for (const ring of chinaPolygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1], ring[i]];
      if (!a || !b || !owners.has(`${a[0]},${a[1]}`) || !owners.has(`${b[0]},${b[1]}`)) continue;
      const [x0, x1] = [Math.min(a[0], b[0]) - BORDER_REACH, Math.max(a[0], b[0]) + BORDER_REACH];
      const [y0, y1] = [Math.min(a[1], b[1]) - BORDER_REACH, Math.max(a[1], b[1]) + BORDER_REACH];
      zone.push([
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ]);
    }
  }
  return zone;
}

/**
 * The slivers between China's border (`china`, the Tianditu provinces) and its neighbours,
 * by the neighbour they lie along. Natural Earth's China and the Tianditu outline differ by
 * up to about 15 km: where Natural Earth gives China land the Tianditu outline does not, no
 * neighbour covered it, and the map showed it in the colour of the sea along the land border
 * (the Guangxi–Vietnam border most visibly). Natural Earth's countries share their borders,
 * so a sliver near a land border that shares a neighbour's vertices lies along that neighbour.
 */
export function borderSlivers(
  countries: FeatureCollection,
  china: readonly PolygonRings[],
): Map<string, PolygonRings[]> {
  const owners = new Map<string, string>();
  const naturalEarthChina: PolygonRings[] = [];
  for (const f of countries.features) {
    const name = nameOf(f);
    if (CHINA_IDS.has(String(f.id))) naturalEarthChina.push(...polygonsOf(f.geometry));
    else if (name) {
      for (const [lon, lat] of polygonsOf(f.geometry).flat(2)) owners.set(`${lon},${lat}`, name);
    }
  }
  const slivers = new Map<string, PolygonRings[]>();
  const zone = borderZone(naturalEarthChina, owners);
  if (zone.length === 0 || china.length === 0) return slivers;
  const beyond = polygonClipping.difference(naturalEarthChina, ...china);
  for (const sliver of polygonClipping.intersection(beyond, polygonClipping.union(zone))) {
    const shared = new Map<string, number>();
    for (const [lon, lat] of sliver.flat()) {
      const owner = owners.get(`${lon},${lat}`);
      if (owner) shared.set(owner, (shared.get(owner) ?? 0) + 1);
    }
    const [along] = [...shared].filter(([, n]) => n >= ALONG_BORDER).sort((a, b) => b[1] - a[1]);
    if (along) slivers.set(along[0], [...(slivers.get(along[0]) ?? []), sliver]);
  }
  return slivers;
}

/**
 * Neighbouring countries (every country but China's four ids), each joined with the slivers
 * along its border with `china` (see {@link borderSlivers}) so that it reaches China's own
 * border, clipped, sorted by name.
 */
export function neighbourFeatures(
  countries: FeatureCollection,
  china: readonly PolygonRings[] = [],
  box: BBox = CONTEXT_BOX,
): Feature<MultiPolygon, { name: string }>[] {
  const slivers = borderSlivers(countries, china);
  return countries.features
    .filter((f) => !CHINA_IDS.has(String(f.id)))
    .flatMap((f) => {
      const name = nameOf(f);
      const own = slivers.get(name ?? '');
      const joined: Geometry | null = own
        ? {
            type: 'MultiPolygon',
            coordinates: polygonClipping.union(polygonsOf(f.geometry), ...own),
          }
        : f.geometry;
      const geometry = clipPolygonal(joined, box);
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
