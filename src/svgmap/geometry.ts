/**
 * The boundaries as SVG path data, built once per loaded geography in world
 * pixels at {@link REF_ZOOM}; a camera change only moves them with one
 * transform (see `worldToScreen`). Each vertex is projected on its own, like
 * MapLibre draws straight segments in Mercator, so both renderers agree.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { AdminProps, Geography } from '../map/geography';
import { worldProjection } from './camera';

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

function pathMaker() {
  const world = worldProjection(REF_ZOOM);
  const transform = geoTransform({
    point(lon: number, lat: number) {
      const p = world([lon, lat]);
      if (p) this.stream.point(p[0], p[1]);
    },
  });
  return geoPath(transform).digits(1);
}

function admin(
  collection: FeatureCollection<Geometry, AdminProps>,
  path: ReturnType<typeof pathMaker>,
): AdminShape[] {
  return collection.features.flatMap((f) => {
    const d = path(f);
    return d ? [{ id: f.properties.id, level: f.properties.level, d }] : [];
  });
}

const built = new WeakMap<Geography, GeoShapes>();

/** The path data of a geography (cached per geography object). */
export function geoShapes(geography: Geography): GeoShapes {
  const hit = built.get(geography);
  if (hit) return hit;
  const path = pathMaker();
  const all = (c: FeatureCollection) => path(c) ?? '';
  const shapes: GeoShapes = {
    neighbours: all(geography.neighbours),
    provinces: admin(geography.provinces, path),
    regions: admin(geography.regions, path),
    lakes: all(geography.lakes),
    rivers: all(geography.rivers),
    provinceBorders: all(geography.provinceBorders),
    countryOutline: all(geography.countryOutline),
    boundaryLines: all(geography.boundaryLines),
  };
  built.set(geography, shapes);
  return shapes;
}
