/**
 * The two shapes of synthetic atlas `npm run synth -- --shape` generates, behind one
 * entry point: `uniform` (the stress case: about 2n distinct links between prefectures,
 * years and pairs drawn evenly) and `realistic` (east–west pairing, neighbours, a long
 * tail, growth over the years, county links; see `synthRealistic.ts`).
 */
import type { FullAtlas, Region, RegionId } from '../../src/domain/schema';
import { loadCountyPool } from './countyPool';
import { AID, MUNICIPALITIES, NAMED_NEIGHBOURS, PAIRINGS } from './pairingScheme';
import { shapeStats, type ShapeStats } from './shapeStats';
import { realisticAtlas } from './synthRealistic';
import { synthAtlas, type SynthOptions, type SynthStats } from './synthAtlas';

/** The shapes, the default first. */
export const SYNTH_SHAPES = ['uniform', 'realistic'] as const;
export type SynthShape = (typeof SYNTH_SHAPES)[number];

/** Options of {@link synthesize}: the uniform generator's, and which shape. */
export interface ShapeOptions extends SynthOptions {
  readonly shape?: SynthShape;
}

/** What was generated: the generator's counts, the shape asked for and the shape obtained. */
export interface ShapedStats extends SynthStats {
  readonly shape: SynthShape;
  readonly shapeStats: ShapeStats;
}

/** Parses a `--shape` value, or throws a message that lists the shapes. */
export function parseShape(value: string): SynthShape {
  const shape = SYNTH_SHAPES.find((s) => s === value);
  if (!shape) throw new Error(`--shape must be one of ${SYNTH_SHAPES.join(', ')}, not "${value}"`);
  return shape;
}

/** Provinces whose counties the realistic shape may link. */
function pairedProvinces(base: FullAtlas): Set<RegionId> {
  const byId = new Map(base.regions.map((r) => [r.id, r]));
  const provinceOf = (id: RegionId): RegionId => {
    const parent = byId.get(id)?.parent;
    return parent ? provinceOf(parent) : id;
  };
  return new Set([
    ...MUNICIPALITIES,
    ...PAIRINGS.flatMap((p) => [p.east, p.west]),
    ...AID.map((a) => provinceOf(a.west)),
    ...NAMED_NEIGHBOURS.flat().map(provinceOf),
  ]);
}

/** The counties the realistic shape may add to `base`: those of the provinces its scheme names. */
export function countyPoolFor(base: FullAtlas): Region[] {
  return loadCountyPool(base.regions, pairedProvinces(base));
}

/**
 * Generates the synthetic atlas of `options.shape` (uniform by default) from `base`.
 * The realistic shape reads the national county list and polygons (see `countyPool.ts`).
 */
export function synthesize(
  base: FullAtlas,
  options: ShapeOptions,
): { atlas: FullAtlas; stats: ShapedStats } {
  const shape = options.shape ?? 'uniform';
  const counties = shape === 'realistic' ? countyPoolFor(base) : [];
  const { atlas, stats } =
    shape === 'realistic' ? realisticAtlas(base, options, counties) : synthAtlas(base, options);
  return { atlas, stats: { ...stats, shape, shapeStats: shapeStats(atlas) } };
}
