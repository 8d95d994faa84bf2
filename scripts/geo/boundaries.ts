/**
 * Assembling `public/data/boundaries.json`: one TopoJSON topology holding the provinces,
 * the boundary lines, the gazetteer's prefectures and counties and the context layers,
 * simplified per object (shared borders stay shared) and quantised to 1e-4°.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { LonLat, PolygonRings, Ring } from './geometry';
import { simplifyByObject } from './simplify';

/** A province, prefecture or county polygon with its gazetteer id and code. */
export interface AdminShape {
  id: string;
  code: string;
  level: 'province' | 'prefecture' | 'county';
  parts: PolygonRings[];
}

/** What a `境界线` line is: the ten-dash line, a boundary at sea, or one along a land border. */
export type BoundaryKind = 'ten-dash-line' | 'sea' | 'land';

/** A boundary-line feature of the Tianditu level-1 file. */
export interface BoundaryLine {
  kind: BoundaryKind;
  lines: Ring[];
}

/** Everything that goes into the topology. */
export interface BoundaryInputs {
  provinces: AdminShape[];
  boundaryLines: BoundaryLine[];
  regions: AdminShape[];
  neighbours: Feature<MultiPolygon, { name: string }>[];
  rivers: Feature<MultiLineString, { name?: string }>[];
  lakes: Feature<MultiPolygon, { name?: string }>[];
}

/**
 * Fraction of points each object keeps. GEO.md's 8% (provinces) and 15% (lower levels)
 * were sized for whole provinces of counties in about 1 MB; with only the gazetteer's
 * prefectures and counties the file is far smaller, so provinces keep 20% and regions
 * 50% (they are what users zoom into) for about 100 KB more. The neighbours are context
 * only and reach far (40–170°E, see `CONTEXT_BOX`): a quarter of their points keeps the
 * file as large as the narrower box at half. Natural Earth's 1:50m rivers and lakes are
 * already coarse: they keep every point.
 */
export const KEEP: Record<keyof BoundaryInputs, number> = {
  provinces: 0.2,
  boundaryLines: 0.2,
  regions: 0.5,
  neighbours: 0.25,
  rivers: 1,
  lakes: 1,
};

/** Grid step of the output coordinates in degrees (about 11 m). */
export const STEP = 1e-4;

/**
 * Classifies a boundary line: it is the ten-dash line when it reaches south of 15°N; it
 * lies along a land border when most of its vertices are vertices of the polygons;
 * otherwise it is a boundary at sea (between provinces, or around Hong Kong).
 */
export function classifyBoundaryLine(
  lines: Ring[],
  polygonVertices: ReadonlySet<string>,
): BoundaryKind {
  const points = lines.flat();
  if (points.some(([, lat]) => lat < 15)) return 'ten-dash-line';
  const onPolygon = points.filter(([lon, lat]) => polygonVertices.has(`${lon},${lat}`)).length;
  return onPolygon * 2 > points.length ? 'land' : 'sea';
}

const KIND_ORDER: BoundaryKind[] = ['ten-dash-line', 'land', 'sea'];
const firstPoint = (l: BoundaryLine): LonLat => l.lines[0]?.[0] ?? [0, 0];

function adminCollection(shapes: AdminShape[], withLevel: boolean): FeatureCollection {
  const sorted = [...shapes].sort((a, b) => a.code.localeCompare(b.code));
  return {
    type: 'FeatureCollection',
    features: sorted.map((s) => ({
      type: 'Feature',
      properties: withLevel
        ? { id: s.id, code: s.code, level: s.level }
        : { id: s.id, code: s.code },
      geometry: { type: 'MultiPolygon', coordinates: s.parts },
    })),
  };
}

function collection<G extends Geometry>(features: Feature<G>[]): FeatureCollection<G> {
  return { type: 'FeatureCollection', features };
}

/** Builds the simplified, quantised topology. */
export function buildBoundaries(inputs: BoundaryInputs, keep = KEEP): Topology {
  const lines = [...inputs.boundaryLines].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      firstPoint(a)[0] - firstPoint(b)[0] ||
      firstPoint(a)[1] - firstPoint(b)[1],
  );
  const raw = topology({
    provinces: adminCollection(inputs.provinces, false),
    boundaryLines: collection(
      lines.map((l) => ({
        type: 'Feature' as const,
        properties: { kind: l.kind },
        geometry: { type: 'MultiLineString' as const, coordinates: l.lines },
      })),
    ),
    regions: adminCollection(inputs.regions, true),
    neighbours: collection(inputs.neighbours),
    rivers: collection(inputs.rivers),
    lakes: collection(inputs.lakes),
  });
  const simplified = simplifyByObject(raw, keep);
  const [x0, y0, x1, y1] = simplified.bbox ?? [0, 0, 0, 0];
  const snap = (v: number, f: (n: number) => number) => Number((f(v / STEP) * STEP).toFixed(4));
  const translate: [number, number] = [snap(x0, Math.floor), snap(y0, Math.floor)];
  // quantize only rewrites arcs and Point objects (there are none here); its typings
  // reject objects with null properties, so the objects are passed through unchanged.
  const quantized = quantize(
    { type: 'Topology', arcs: simplified.arcs, objects: {} },
    {
      scale: [STEP, STEP],
      translate,
    },
  );
  return {
    type: 'Topology',
    transform: quantized.transform,
    objects: simplified.objects,
    arcs: quantized.arcs,
    bbox: [translate[0], translate[1], snap(x1, Math.ceil), snap(y1, Math.ceil)],
  };
}
