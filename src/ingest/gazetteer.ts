/**
 * The lexicon data the ingester needs, as one JSON file the pipeline writes
 * (`public/data/gazetteer.json`, by `npm run data`, checked by `npm run data:check`): the
 * national gazetteer (id, GB/T 2260 code, zh/en names, short names, toneless pinyin,
 * level, parent), the sector taxonomy, and the county-level divisions of the MCA 2023 list
 * that the gazetteer lacks (so that they can be reported as candidates with their code).
 * Node builds the same object from `data/*.yaml` in memory; the browser parses the file.
 * Both turn it into a {@link Lexicon} with {@link lexiconOf}, so both draft alike.
 */
import type { Lexicon } from '../domain/extract/lexicon';
import { buildLexicon } from '../domain/extract/lexicon';
import { RegionSourceSchema, SectorSchema } from '../domain/schema';
import { z } from '../domain/zod';

/** A gazetteer entry with its toneless pinyin (`zi gong`), for search in a place picker. */
export const GazetteerRegionSchema = z.extend(RegionSourceSchema, { pinyin: z.string() });

/** `public/data/gazetteer.json`. */
export const GazetteerSchema = z.object({
  version: z.literal(1),
  regions: z.array(GazetteerRegionSchema),
  sectors: z.array(SectorSchema),
  /** County-level divisions not in `regions`, as `[code, full name]`, by code. */
  divisions: z.array(z.tuple([z.string(), z.string()])),
});

export type GazetteerRegion = z.infer<typeof GazetteerRegionSchema>;
export type Gazetteer = z.infer<typeof GazetteerSchema>;

/** Where the pipeline writes the file, relative to the repository (and, without `public/`, to the page). */
export const GAZETTEER_PATH = 'public/data/gazetteer.json';

/** The extractor's lexicon from the gazetteer data. */
export function lexiconOf(g: Gazetteer): Lexicon {
  return buildLexicon(
    g.regions,
    g.sectors,
    g.divisions.map(([code, name]) => ({ code, name })),
  );
}
