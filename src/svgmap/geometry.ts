/**
 * The boundaries as SVG path data, built once per loaded geography in world
 * pixels at {@link REF_ZOOM}; a camera change only moves them with one
 * transform (see `worldToScreen`). Each vertex is projected on its own, like
 * MapLibre draws straight segments in Mercator, so both renderers agree.
 */
import { geoMercatorRaw } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { meshArcs, transform } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject as TopoGeometry,
  Topology,
} from 'topojson-specification';
import type { AdminProps, BoundaryTopology, Geography } from '../mapmodel/geography';
import { mercatorScale, worldToScreen, type Camera, type ViewSize } from '../mapmodel/camera';

/**
 * Zoom of the world pixels the paths are written in, as whole numbers: one unit is a
 * tenth of a pixel at zoom 6 (under two pixels at the deepest zoom, 10). Integers are
 * what makes writing ~28,000 positions before the first frame cheap.
 */
export const REF_ZOOM = 6 + Math.log2(10);

/** The SVG transform that puts paths in world pixels at {@link REF_ZOOM} on screen for a camera. */
export function svgTransform(camera: Camera, size: ViewSize): string {
  const t = worldToScreen(camera, size, REF_ZOOM);
  return `matrix(${t.k} 0 0 ${t.k} ${t.x} ${t.y})`;
}

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
 * Path data of the topology's arcs: each shared arc (the border of two regions, drawn
 * again for their provinces and the meshes) is decoded, projected and written once.
 * A line is `M` + its start + the arcs' tails: relative `l` steps, so a tail reads the
 * same wherever it is used and the file that carries them (boundaries.json) stays small.
 */
function arcPaths(topology: Topology) {
  const k = mercatorScale(REF_ZOOM);
  const decode = topology.transform ? transform(topology.transform) : null;
  type Written = { readonly start: string; readonly tail: string };
  const forward = new Map<number, Written>();
  const backward = new Map<number, Written>();

  // xy holds whole world units, x and y interleaved; repeated positions are dropped.
  const written = (xy: readonly number[], reverse: boolean): Written => {
    const n = xy.length / 2;
    const at = (i: number) => (reverse ? n - 1 - i : i) * 2;
    let x0 = xy[at(0)] ?? 0;
    let y0 = xy[at(0) + 1] ?? 0;
    const start = `${x0},${y0}`;
    let tail = '';
    for (let i = 1; i < n; i++) {
      const x = xy[at(i)] ?? 0;
      const y = xy[at(i) + 1] ?? 0;
      if (x !== x0 || y !== y0) tail += `l${x - x0},${y - y0}`;
      x0 = x;
      y0 = y;
    }
    return { start, tail };
  };
  const arc = (index: number): Written => {
    const i = index < 0 ? ~index : index;
    const hit = (index < 0 ? backward : forward).get(i);
    if (hit) return hit;
    const xy: number[] = [];
    (topology.arcs[i] ?? []).forEach((p, j) => {
      const [lon = 0, lat = 0] = decode ? decode(p, j > 0) : p;
      const [x, y] = geoMercatorRaw(lon * RAD, lat * RAD);
      xy.push(Math.round(x * k), Math.round(-y * k));
    });
    const both = { forward: written(xy, false), backward: written(xy, true) };
    forward.set(i, both.forward);
    backward.set(i, both.backward);
    return index < 0 ? both.backward : both.forward;
  };
  /** One line or ring: consecutive arcs share their end and start point. */
  const line = (arcs: readonly number[], close: boolean): string => {
    let d = '';
    for (const index of arcs) {
      const a = arc(index);
      d += d ? a.tail : `M${a.start}${a.tail}`;
    }
    return d && close ? `${d}Z` : d;
  };
  const geometry = (g: TopoGeometry): string => {
    switch (g.type) {
      case 'LineString':
        return line(g.arcs, false);
      case 'MultiLineString':
        return g.arcs.map((a) => line(a, false)).join('');
      case 'Polygon':
        return g.arcs.map((a) => line(a, true)).join('');
      case 'MultiPolygon':
        return g.arcs.map((p) => p.map((a) => line(a, true)).join('')).join('');
      case 'GeometryCollection':
        return g.geometries.map(geometry).join('');
      default:
        return '';
    }
  };
  return {
    geometry,
    lines: (arcs: readonly (readonly number[])[]) => arcs.map((a) => line(a, false)).join(''),
  };
}

function admin(
  paths: ReturnType<typeof arcPaths>,
  object: GeometryCollection,
  features: FeatureCollection<Geometry, AdminProps>,
): AdminShape[] {
  // `feature()` maps the collection's geometries one to one, in order.
  return object.geometries.flatMap((g, i) => {
    const props = features.features[i]?.properties;
    const d = paths.geometry(g);
    return d && props ? [{ id: props.id, level: props.level, d }] : [];
  });
}

/** The path data of everything drawn from the boundaries, from their topology and its GeoJSON. */
export function buildShapes(topology: BoundaryTopology, geography: Geography): GeoShapes {
  const { objects } = topology;
  const paths = arcPaths(topology);
  const all = (object: GeometryCollection) => paths.geometry(object);
  return {
    neighbours: all(objects.neighbours),
    provinces: admin(paths, objects.provinces, geography.provinces),
    regions: admin(paths, objects.regions, geography.regions),
    lakes: all(objects.lakes),
    rivers: all(objects.rivers),
    provinceBorders: paths.lines(meshArcs(topology, objects.provinces, (a, b) => a !== b).arcs),
    countryOutline: paths.lines(meshArcs(topology, objects.provinces, (a, b) => a === b).arcs),
    boundaryLines: all(objects.boundaryLines),
  };
}
