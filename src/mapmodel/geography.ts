/**
 * Loads `data/boundaries.json` (TopoJSON built by `npm run geo`) and turns it
 * into the GeoJSON the map and the South China Sea inset draw. Checked with a
 * schema at the boundary, like the atlas itself.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from '../domain/zod';
import type { LonLatBounds } from '../domain/mapFeatures';

/** Where the boundaries live, relative to the page. */
export const BOUNDARIES_URL = 'data/boundaries.json';

/** Flat properties of an administrative polygon: gazetteer id, code and (for regions) level 1 or 2. */
export interface AdminProps {
  readonly id: string;
  readonly code: string;
  readonly level: 0 | 1 | 2;
}

/** The named objects of `data/boundaries.json`. */
export type BoundaryObject =
  'provinces' | 'boundaryLines' | 'regions' | 'neighbours' | 'rivers' | 'lakes';

/** The validated boundaries topology with the named objects the atlas draws. */
export interface BoundaryTopology extends Topology {
  readonly objects: Readonly<Record<BoundaryObject, GeometryCollection>>;
}

/** Everything drawn from the boundaries file. */
export interface Geography {
  readonly neighbours: FeatureCollection;
  readonly provinces: FeatureCollection<Geometry, AdminProps>;
  readonly provinceBorders: FeatureCollection<MultiLineString>;
  readonly countryOutline: FeatureCollection<MultiLineString>;
  readonly boundaryLines: FeatureCollection;
  readonly regions: FeatureCollection<Geometry, AdminProps>;
  readonly rivers: FeatureCollection;
  readonly lakes: FeatureCollection;
  /** The extent the context layers are clipped to; the camera stays inside it. Null when the file has no bbox. */
  readonly extent: LonLatBounds | null;
  /** Bounding box of each province and region polygon by id. */
  readonly bounds: ReadonlyMap<string, LonLatBounds>;
}

const ArcIndexes = z.array(z.int());

/** Where the first bad position of a TopoJSON arc list is, or null when every position is [x, y, …] numbers. */
export function badArcPosition(arcs: readonly unknown[]): (string | number)[] | null {
  for (let i = 0; i < arcs.length; i++) {
    const arc = arcs[i];
    if (!Array.isArray(arc)) return [i];
    for (let j = 0; j < arc.length; j++) {
      const p: unknown = arc[j];
      if (!Array.isArray(p) || p.length < 2 || !p.every((v) => typeof v === 'number'))
        return [i, j];
    }
  }
  return null;
}

// Checked in one loop: a schema per position copies every one of the ~28,000 positions and
// was the largest single cost between the data arriving and the first map paint.
const Arcs = z.custom<number[][][]>(Array.isArray, 'must be an array of arcs').check(
  z.superRefine((arcs, ctx) => {
    const at = badArcPosition(arcs);
    if (at)
      ctx.addIssue({ code: 'custom', message: 'must be an [x, y] pair of numbers', path: at });
  }),
);
const common = {
  id: z.optional(z.union([z.string(), z.number()])),
  properties: z.optional(z.record(z.string(), z.unknown())),
};
const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), arcs: ArcIndexes, ...common }),
  z.object({ type: z.literal('MultiLineString'), arcs: z.array(ArcIndexes), ...common }),
  z.object({ type: z.literal('Polygon'), arcs: z.array(ArcIndexes), ...common }),
  z.object({ type: z.literal('MultiPolygon'), arcs: z.array(z.array(ArcIndexes)), ...common }),
]);
const CollectionSchema = z.object({
  type: z.literal('GeometryCollection'),
  geometries: z.array(GeometrySchema),
});
/** A TopoJSON `bbox`: west, south, east, north. */
export const BBoxSchema = z.optional(z.tuple([z.number(), z.number(), z.number(), z.number()]));

/** The extent a `bbox` describes, or null without one. */
export function extentOf(bbox: readonly number[] | undefined): LonLatBounds | null {
  const [w, s, e, n] = bbox ?? [];
  return w === undefined || s === undefined || e === undefined || n === undefined
    ? null
    : [
        [w, s],
        [e, n],
      ];
}

/** The error for a boundaries file that fails its schema: the file, the field and what is wrong. */
export function boundariesError(
  url: string,
  issues: readonly { path: PropertyKey[]; message: string }[],
): Error {
  const issue = issues[0];
  return new Error(
    `${url}, field ${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
  );
}

const TopologySchema = z.object({
  type: z.literal('Topology'),
  arcs: Arcs,
  bbox: BBoxSchema,
  transform: z.optional(
    z.object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    }),
  ),
  objects: z.object({
    provinces: CollectionSchema,
    boundaryLines: CollectionSchema,
    regions: CollectionSchema,
    neighbours: CollectionSchema,
    rivers: CollectionSchema,
    lakes: CollectionSchema,
  }),
});

function parse(json: unknown): { topology: BoundaryTopology; extent: LonLatBounds | null } {
  const parsed = TopologySchema.safeParse(json);
  if (!parsed.success) throw boundariesError(BOUNDARIES_URL, parsed.error.issues);
  const { arcs, transform, objects, bbox } = parsed.data;
  return {
    extent: extentOf(bbox),
    topology: { type: 'Topology', arcs, objects, ...(transform ? { transform } : {}) },
  };
}

function collection(topology: Topology, object: GeometryCollection): FeatureCollection {
  return feature(topology, object);
}

const LEVEL_NUMBER: Record<string, 1 | 2> = { prefecture: 1, county: 2 };

function adminCollection(
  topology: Topology,
  object: GeometryCollection,
  name: string,
): FeatureCollection<Geometry, AdminProps> {
  const features = collection(topology, object).features.map(
    (f, i): Feature<Geometry, AdminProps> => {
      const { id, code, level } = f.properties ?? {};
      if (typeof id !== 'string' || typeof code !== 'string') {
        throw new Error(
          `${BOUNDARIES_URL}, object "${name}", feature ${i}: needs string "id" and "code"`,
        );
      }
      return {
        type: 'Feature',
        properties: { id, code, level: typeof level === 'string' ? (LEVEL_NUMBER[level] ?? 2) : 0 },
        geometry: f.geometry,
      };
    },
  );
  return { type: 'FeatureCollection', features };
}

function lines(geometry: MultiLineString): FeatureCollection<MultiLineString> {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
}

function boundsOf(geometry: Geometry): LonLatBounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    const [x, y] = c;
    if (typeof x === 'number' && typeof y === 'number') {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    } else c.forEach(walk);
  };
  if (geometry.type !== 'GeometryCollection') walk(geometry.coordinates);
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

/** Converts the parsed boundaries topology into map-ready GeoJSON. Throws naming the field on bad input. */
export function toGeography(json: unknown): Geography {
  return readBoundaries(json).geography;
}

/**
 * The validated topology (the SVG map writes its paths from its shared arcs, see
 * svgmap/geometry.ts) and the GeoJSON converted from it. Throws naming the field on bad input.
 */
export function readBoundaries(json: unknown): {
  topology: BoundaryTopology;
  geography: Geography;
} {
  const { topology, extent } = parse(json);
  const { objects } = topology;
  const provinces = adminCollection(topology, objects.provinces, 'provinces');
  const regions = adminCollection(topology, objects.regions, 'regions');
  const bounds = new Map<string, LonLatBounds>();
  for (const f of [...provinces.features, ...regions.features]) {
    const b = boundsOf(f.geometry);
    if (b) bounds.set(f.properties.id, b);
  }
  const geography: Geography = {
    neighbours: collection(topology, objects.neighbours),
    provinces,
    provinceBorders: lines(mesh(topology, objects.provinces, (a, b) => a !== b)),
    countryOutline: lines(mesh(topology, objects.provinces, (a, b) => a === b)),
    boundaryLines: collection(topology, objects.boundaryLines),
    regions,
    rivers: collection(topology, objects.rivers),
    lakes: collection(topology, objects.lakes),
    extent,
    bounds,
  };
  return { topology, geography };
}
