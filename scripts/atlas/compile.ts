/**
 * The writer of the compiled atlas (format 2, or 3 for a large one), shared by `npm run
 * data` and `npm run synth`: a validated format 1 atlas in, the core file (for a large
 * atlas, a pointer to its pack), its detail files and (when given) the article texts
 * out, each with its exact bytes. Deterministic: same
 * atlas, same bytes, same hashes (see `src/domain/compiledSchema.ts` for the shapes).
 * Records are written in the compiled order (`src/domain/split.ts`), articles by
 * publication: a detail file holds articles published close together.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, posix } from 'node:path';
import {
  AtlasCoreFileSchema,
  AtlasPointerFileSchema,
  DetailFileSchema,
  type AtlasCoreFile,
  type DetailFileRef,
} from '../../src/domain/compiledSchema';
import { packJson } from '../../src/io/packedJson';
import { encodePackFile, PACK_FROM_BYTES } from '../../src/io/packFile';
import { ArticleTextSchema, type ArticleText, type FullAtlas } from '../../src/domain/schema';
import {
  compareArticles,
  compareEvents,
  compareFigures,
  splitFullAtlas,
} from '../../src/domain/split';
import type { OutputFile } from './types';

/** Where the files go and how they are written. */
export interface CompileOptions {
  /** The core file, e.g. `public/data/atlas.json`; the other paths are relative to its folder. */
  readonly corePath: string;
  /** Folder of the detail files, e.g. `detail`. */
  readonly detailDir: string;
  /** Folder of the article texts, e.g. `articles`, or null when the atlas has no texts. */
  readonly textsDir: string | null;
  /** Articles per detail file (default {@link DETAIL_PER_FILE}). */
  readonly perFile?: number;
  /** 2-space indented JSON (committed files, readable diffs) or compact (large generated atlases). */
  readonly pretty: boolean;
  /** A core of this many bytes or more gets a pack (default {@link PACK_FROM_BYTES}). */
  readonly packFromBytes?: number;
}

/**
 * Articles per detail file. A table page (200 rows) or a panel page (50 cards) of
 * events close in time needs one or two files; at 10,000 articles there are 50 files
 * of about 300 kB.
 */
export const DETAIL_PER_FILE = 200;

const PLACEHOLDER = `sha256-${'0'.repeat(64)}`;

/** `sha256-<hex>` of a text's UTF-8 bytes (or of bytes), as the atlas files write hashes. */
export function sha256(content: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof content === 'string') hash.update(content, 'utf8');
  else hash.update(content);
  return `sha256-${hash.digest('hex')}`;
}

/** Where a core's pack goes, relative to the core's folder: `atlas.json` → `atlas.pack`. */
export function packPathOf(corePath: string): string {
  return `${basename(corePath, '.json')}.pack`;
}

/** A text file's content (throws for a pack, the one binary file). */
export function outputText(file: OutputFile | undefined): string {
  if (typeof file?.content !== 'string') throw new Error(`${file?.path ?? 'no file'} is not text`);
  return file.content;
}

/** A core's pack (`src/io/packFile.ts`), or null when it cannot have one. */
function packOf(core: AtlasCoreFile): Uint8Array | null {
  try {
    return encodePackFile(packJson(core));
  } catch {
    return null;
  }
}

function serializer(pretty: boolean): (value: unknown) => string {
  return (value) => `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}

/**
 * The core file's text: `hash` is the SHA-256 of this very text with the hash's
 * 64 hex digits written as `0`s (what `src/io/hash.ts` checks).
 */
export function sealCore(text: string): string {
  const at = text.indexOf(PLACEHOLDER);
  if (at < 0) throw new Error('the core file has no hash placeholder');
  return `${text.slice(0, at)}${sha256(text)}${text.slice(at + PLACEHOLDER.length)}`;
}

/** The files of a compiled atlas, sorted by path. `texts` must hold one text per article when given. */
export function compileAtlas(
  full: FullAtlas,
  texts: readonly ArticleText[] | null,
  options: CompileOptions,
): OutputFile[] {
  const serialize = serializer(options.pretty);
  const perFile = options.perFile ?? DETAIL_PER_FILE;
  const folder = dirname(options.corePath);
  // Records in the compiled order (assembleAtlas sorts already; a generated atlas may not).
  const { atlas, details } = splitFullAtlas({
    ...full,
    articles: [...full.articles].sort(compareArticles),
    events: [...full.events].sort(compareEvents),
    figures: [...full.figures].sort(compareFigures),
  });
  const width = Math.max(3, String(Math.ceil(details.length / perFile) - 1).length);
  const outputs: OutputFile[] = [];
  const refs: DetailFileRef[] = [];
  for (let i = 0; i * perFile < details.length; i++) {
    const file = DetailFileSchema.parse({
      version: 2,
      articles: details.slice(i * perFile, (i + 1) * perFile),
    });
    const content = serialize(file);
    const path = posix.join(options.detailDir, `${String(i).padStart(width, '0')}.json`);
    refs.push({ path, hash: sha256(content) });
    outputs.push({ path: posix.join(folder, path), content });
  }
  const core = AtlasCoreFileSchema.parse({
    version: 2,
    hash: PLACEHOLDER,
    detail: { perFile, files: refs },
    texts: options.textsDir,
    ...atlas,
  });
  const text = serialize(core);
  // A large core goes into its pack, the core file only points to it (format 3): the
  // page then parses no JSON of 10,000 articles, it unpacks the same values.
  const pack =
    Buffer.byteLength(text) >= (options.packFromBytes ?? PACK_FROM_BYTES) ? packOf(core) : null;
  if (pack === null) outputs.push({ path: options.corePath, content: sealCore(text) });
  else {
    const path = packPathOf(options.corePath);
    const pointer = AtlasPointerFileSchema.parse({
      version: 3,
      hash: PLACEHOLDER,
      packed: { path, hash: sha256(pack) },
    });
    outputs.push({ path: posix.join(folder, path), content: pack });
    outputs.push({ path: options.corePath, content: sealCore(serialize(pointer)) });
  }
  if (texts !== null && options.textsDir !== null) {
    for (const text of texts) {
      outputs.push({
        path: posix.join(folder, options.textsDir, `${text.id}.json`),
        content: serialize(ArticleTextSchema.parse(text)),
      });
    }
  }
  return outputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
