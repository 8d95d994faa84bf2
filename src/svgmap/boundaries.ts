/**
 * The boundaries in two files, both written by `npm run geo`. `boundaries-svg.json`
 * is all the SVG map needs: path data written from the topology's shared arcs (see
 * `svgmap/geometry.ts`), the box of each region and the extent. It is checked and
 * drawn at once, so the first frame waits for no TopoJSON conversion. The topology
 * (`boundaries.json`), converted to the GeoJSON the WebGL map, the insets and the
 * export draw, is loaded after that frame.
 */
import type { LonLatBounds } from '../domain/mapFeatures';
import { z } from '../domain/zod';
import { fetchJson } from '../io/fetchJson';
import {
  BBoxSchema,
  BOUNDARIES_URL,
  boundariesError,
  extentOf,
  readBoundaries,
  type BoundaryTopology,
  type Geography,
} from '../mapmodel/geography';
import { buildShapes, REF_ZOOM, type GeoShapes } from './geometry';

/** Where the SVG map's boundaries live, relative to the page. */
export const SVG_BOUNDARIES_URL = 'data/boundaries-svg.json';

/** What the SVG map draws the boundaries from. */
export interface SvgBoundaries {
  readonly shapes: GeoShapes;
  /** Bounding box of each province and region polygon by id. */
  readonly bounds: ReadonlyMap<string, LonLatBounds>;
  /** The extent the context layers are clipped to; null when the file has no bbox. */
  readonly extent: LonLatBounds | null;
}

/** The contents of `boundaries-svg.json`. */
export interface SvgBoundariesFile {
  /** The zoom the path data is written at ({@link REF_ZOOM} when it was written). */
  readonly refZoom: number;
  readonly bbox?: readonly [number, number, number, number];
  readonly shapes: GeoShapes;
  readonly bounds: Readonly<Record<string, LonLatBounds>>;
}

const PathData = z
  .string()
  .check(z.regex(/^[MlZ\d,-]*$/, 'must be SVG path data of M, l, Z and whole numbers'));
const AdminShapeSchema = z.object({
  id: z.string(),
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  d: PathData,
});
const Position = z.tuple([z.number(), z.number()]);
const SvgFileSchema = z.object({
  refZoom: z.number(),
  bbox: BBoxSchema,
  shapes: z.object({
    neighbours: PathData,
    provinces: z.array(AdminShapeSchema),
    regions: z.array(AdminShapeSchema),
    lakes: PathData,
    rivers: PathData,
    provinceBorders: PathData,
    countryOutline: PathData,
    boundaryLines: PathData,
  }),
  bounds: z.record(z.string(), z.tuple([Position, Position])),
});

/** `boundaries-svg.json` for a topology and its GeoJSON (`npm run geo` writes it). */
export function svgBoundariesFile(
  topology: BoundaryTopology,
  geography: Geography,
): SvgBoundariesFile {
  const { extent } = geography;
  return {
    refZoom: REF_ZOOM,
    ...(extent ? { bbox: [extent[0][0], extent[0][1], extent[1][0], extent[1][1]] } : {}),
    shapes: buildShapes(topology, geography),
    bounds: Object.fromEntries(geography.bounds),
  };
}

/** Checks `boundaries-svg.json`; throws naming the file and the field on bad input. */
export function readSvgBoundaries(json: unknown): SvgBoundaries {
  const parsed = SvgFileSchema.safeParse(json);
  if (!parsed.success) throw boundariesError(SVG_BOUNDARIES_URL, parsed.error.issues);
  const { refZoom, bbox, shapes, bounds } = parsed.data;
  if (refZoom !== REF_ZOOM) {
    throw new Error(
      `${SVG_BOUNDARIES_URL}, field refZoom: the paths are written at zoom ${refZoom}, the SVG map draws them at ${REF_ZOOM}; run npm run geo`,
    );
  }
  return { shapes, bounds: new Map(Object.entries(bounds)), extent: extentOf(bbox) };
}

/** Loads and checks the SVG map's boundaries; rejects with a message naming the file. */
export async function loadSvgBoundaries(): Promise<SvgBoundaries> {
  return readSvgBoundaries(await fetchJson(SVG_BOUNDARIES_URL, 'The SVG map boundaries'));
}

/** Loads the boundaries topology and converts it to GeoJSON; rejects with a message naming the file. */
export async function loadGeography(): Promise<Geography> {
  return readBoundaries(await fetchJson(BOUNDARIES_URL, 'The map boundaries')).geography;
}
