/**
 * The shapes of the compiled atlas files (formats 2 and 3), written by `npm run data` and
 * `npm run synth` (`scripts/atlas/compile.ts`) and read by `src/io/`:
 *
 * - the core file (`data/atlas.json`): every region, sector, article, event and figure
 *   without its detail, plus where the detail lives and the content hash; for a large
 *   atlas (format 3) a pointer to its pack (`data/atlas.pack`), which holds the same;
 * - detail files (`data/detail/<n>.json`): the summaries and quotes of a run of
 *   articles, in core order, `perFile` articles each;
 * - text files (`data/articles/<id>.json`, {@link ArticleTextSchema}), one per article.
 *
 * Format 1 (`FullAtlasSchema` in `schema.ts`) is a single file with the detail inline.
 */
import {
  ArticleDetailSchema,
  ArticleSchema,
  EventSchema,
  FigureSchema,
  RegionSchema,
  SectorSchema,
} from './schema';
import { z } from './zod';

/** The file formats this app reads. */
export const FORMATS = [1, 2, 3] as const;

/** A SHA-256 digest as the atlas files write it: `sha256-` and 64 lowercase hex digits. */
export const HashSchema = z
  .string()
  .check(z.regex(/^sha256-[0-9a-f]{64}$/, 'must be "sha256-" and 64 hex digits'));

/**
 * A path relative to the core file's folder, inside it: letters, digits, `.`, `_`, `-`
 * and `/`, no `..` segment, no scheme or leading `/` (a file can never send the app
 * to another folder or origin).
 */
export const RELATIVE_PATH = /^(?!.*(?:^|\/)\.\.(?:\/|$))[\w.-]+(?:\/[\w.-]+)*$/;

const RelativePathSchema = z
  .string()
  .check(
    z.regex(
      RELATIVE_PATH,
      'must be a relative path inside the atlas folder, e.g. "detail/000.json"',
    ),
  );

/** One detail file: its path relative to the core file, and the SHA-256 of its bytes. */
export const DetailFileRefSchema = z.object({ path: RelativePathSchema, hash: HashSchema });

/**
 * The core file. `hash` is the SHA-256 of the file's own bytes with the 64 hex digits
 * of `hash` read as `0`s: `version` and `hash` come first so a reader finds it in the
 * first bytes. The detail files' hashes are in the core, so the core's hash covers them.
 */
export const AtlasCoreFileSchema = z.object({
  version: z.literal(2),
  hash: HashSchema,
  /** Publication date of the newest article: the "data as of" line on the map and exports. */
  dataDate: z.string(),
  detail: z.object({
    /** Articles per detail file: article `i` (core order) is in file `floor(i / perFile)`. */
    perFile: z.int().check(z.gte(1)),
    files: z.array(DetailFileRefSchema),
  }),
  /** The folder of the article texts relative to the core file, or null when the atlas has none. */
  texts: z.nullable(RelativePathSchema),
  regions: z.array(RegionSchema),
  sectors: z.array(SectorSchema),
  articles: z.array(ArticleSchema),
  events: z.array(EventSchema),
  figures: z.array(FigureSchema),
});

/**
 * The core of a large atlas (format 3): a sealed pointer to its pack
 * (`src/io/packFile.ts`), which holds the format 2 core's values ready to unpack, so that
 * no JSON of 10,000 articles is parsed at load. The pointer's hash covers the pack's.
 */
export const AtlasPointerFileSchema = z.object({
  version: z.literal(3),
  hash: HashSchema,
  packed: DetailFileRefSchema,
});

/** One detail file: the detail of its articles, in core order. */
export const DetailFileSchema = z.object({
  version: z.literal(2),
  articles: z.array(ArticleDetailSchema),
});

export type AtlasCoreFile = z.infer<typeof AtlasCoreFileSchema>;
export type DetailFile = z.infer<typeof DetailFileSchema>;
export type DetailFileRef = z.infer<typeof DetailFileRefSchema>;
export type AtlasPointerFile = z.infer<typeof AtlasPointerFileSchema>;
