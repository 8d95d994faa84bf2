/**
 * The boundaries as SVG path data, built once per loaded geography in world
 * pixels at {@link REF_ZOOM}; a camera change only moves them with one
 * transform (see `worldToScreen`). Each vertex is projected on its own, like
 * MapLibre draws straight segments in Mercator, so both renderers agree.
 */
import { geoMercatorRaw } from 'd3-geo';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { AdminProps, Geography } from '../map/geography';
import { mercatorScale } from './camera';

/** Zoom of the world pixels the paths are written in: a tenth of a pixel there is under a pixel at zoom 10. */
export const REF_ZOOM = 6;

/** One administrative polygon: gazetteer id, level (0 province, 1 prefecture, 2 county) and path data. */
export interface AdminShape {
  readonly id: string;
  readonly level: 0 | 1 | 2;
  readonly d: string;
}

/** Path data of everything drawn from the boundaries. */
export interface GeoShapes {
  readonly neighbours: string;
  readonly provinces: readonly AdminShape[];
  readonly regions: readonly AdminShape[];
  readonly lakes: string;
  readonly rivers: string;
  readonly provinceBorders: string;
  readonly countryOutline: string;
  readonly boundaryLines: string;
}

const RAD = Math.PI / 180;

/**
 * SVG path data of a geometry in world pixels at {@link REF_ZOOM}: d3's
 * Mercator (`geoMercatorRaw`) times the camera's scale, a tenth of a pixel
 * precise. Written directly rather than through `geoPath`: this runs over
 * every vertex of the boundaries before the first frame, so it is kept lean.
 */
export function pathData(geometry: Geometry | null): string {
  if (!geometry) return '';
  const k = mercatorScale(REF_ZOOM);
  const parts: string[] = [];
  const line = (coords: readonly Position[], close: boolean) => {
    let d = '';
    let last = '';
    for (const [lon = 0, lat = 0] of coords) {
      const [x, y] = geoMercatorRaw(lon * RAD, lat * RAD);
      const p = `${Math.round(x * k * 10) / 10},${Math.round(-y * k * 10) / 10}`;
      if (p === last) continue;
      d += (d ? 'L' : 'M') + p;
      last = p;
    }
    if (d) parts.push(close ? `${d}Z` : d);
  };
  switch (geometry.type) {
    case 'LineString':
      line(geometry.coordinates, false);
      break;
    case 'MultiLineString':
      geometry.coordinates.forEach((c) => line(c, false));
      break;
    case 'Polygon':
      geometry.coordinates.forEach((c) => line(c, true));
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((poly) => poly.forEach((c) => line(c, true)));
      break;
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => parts.push(pathData(g)));
      break;
    default:
      break;
  }
  return parts.join('');
}

function admin(collection: FeatureCollection<Geometry, AdminProps>): AdminShape[] {
  return collection.features.flatMap((f) => {
    const d = pathData(f.geometry);
    return d ? [{ id: f.properties.id, level: f.properties.level, d }] : [];
  });
}

function all(collection: FeatureCollection): string {
  return collection.features.map((f) => pathData(f.geometry)).join('');
}

const built = new WeakMap<Geography, GeoShapes>();

/** The path data of a geography (cached per geography object). */
export function geoShapes(geography: Geography): GeoShapes {
  const hit = built.get(geography);
  if (hit) return hit;
  const shapes: GeoShapes = {
    neighbours: all(geography.neighbours),
    provinces: admin(geography.provinces),
    regions: admin(geography.regions),
    lakes: all(geography.lakes),
    rivers: all(geography.rivers),
    provinceBorders: all(geography.provinceBorders),
    countryOutline: all(geography.countryOutline),
    boundaryLines: all(geography.boundaryLines),
  };
  built.set(geography, shapes);
  return shapes;
}
