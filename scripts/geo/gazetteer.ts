/**
 * Reading the gazetteer `data/regions.yaml` with the schema of `src/domain/schema.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { RegionSource } from '../../src/domain/schema';
import { RegionSourceSchema } from '../../src/domain/schema';
import { curatedPart } from './nationalGazetteer';
import { ROOT } from './sources';

/** Repository-relative path of the gazetteer. */
export const GAZETTEER_FILE = 'data/regions.yaml';

/** Errors found while reading, each naming the file, the record and the field. */
export class GazetteerError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Parses gazetteer YAML text; throws {@link GazetteerError} listing every invalid field. */
export function parseGazetteer(text: string, file = GAZETTEER_FILE): RegionSource[] {
  const data: unknown = parse(text);
  const list = z.array(z.unknown()).safeParse(data);
  if (!list.success) throw new GazetteerError([`${file}: must be a YAML list of regions`]);
  const problems: string[] = [];
  const regions: RegionSource[] = [];
  list.data.forEach((record, i) => {
    const parsed = RegionSourceSchema.safeParse(record);
    if (parsed.success) {
      regions.push(parsed.data);
      return;
    }
    const id = z.object({ id: z.string() }).safeParse(record);
    const label = id.success ? `region "${id.data.id}"` : `record ${i + 1}`;
    for (const issue of parsed.error.issues) {
      problems.push(
        `${file}: ${label}, field ${issue.path.join('.') || '(record)'}: ${issue.message}`,
      );
    }
  });
  if (problems.length) throw new GazetteerError(problems);
  return regions;
}

/** Reads and parses `data/regions.yaml`. */
export function readGazetteer(): RegionSource[] {
  return parseGazetteer(readFileSync(join(ROOT, GAZETTEER_FILE), 'utf8'));
}

/**
 * Ids of the curated entries of `data/regions.yaml` (above the generated part's marker
 * line, see `nationalGazetteer.ts`): the prefectures and counties that get polygons.
 */
export function readCuratedIds(): Set<string> {
  const text = readFileSync(join(ROOT, GAZETTEER_FILE), 'utf8');
  return new Set(parseGazetteer(curatedPart(text)).map((r) => r.id));
}
