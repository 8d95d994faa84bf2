/**
 * The writer of the compiled atlas (format 2), shared by `npm run data` and
 * `npm run synth`: a validated format 1 atlas in, the core file, its detail files and
 * (when given) the article texts out, each with its exact bytes. Deterministic: same
 * atlas, same bytes, same hashes (see `src/domain/compiledSchema.ts` for the shapes).
 * Records are written in the compiled order (`src/domain/split.ts`), articles by
 * publication: a detail file holds articles published close together.
 */
import { createHash } from 'node:crypto';
import { dirname, posix } from 'node:path';
import {
  AtlasCoreFileSchema,
  DetailFileSchema,
  type DetailFileRef,
} from '../../src/domain/compiledSchema';
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
}

/**
 * Articles per detail file. A table page (200 rows) or a panel page (50 cards) of
 * events close in time needs one or two files; at 10,000 articles there are 50 files
 * of about 300 kB.
 */
export const DETAIL_PER_FILE = 200;

const PLACEHOLDER = `sha256-${'0'.repeat(64)}`;

/** `sha256-<hex>` of a text's UTF-8 bytes, as the atlas files write hashes. */
export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;
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
  outputs.push({ path: options.corePath, content: sealCore(serialize(core)) });
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
