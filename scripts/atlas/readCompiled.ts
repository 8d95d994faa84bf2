/**
 * Reading a compiled atlas back in Node (tests, `npm run synth`'s base, the benchmark,
 * end-to-end fixtures): the core file (or the pack a format 3 core points to) and its
 * detail files, hashes checked and records validated, joined into one format 1 atlas.
 * A format 1 file is read as it is.
 */
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import {
  AtlasCoreFileSchema,
  AtlasPointerFileSchema,
  DetailFileSchema,
  type AtlasCoreFile,
} from '../../src/domain/compiledSchema';
import { unpackJson } from '../../src/io/unpackJson';
import { decodePackFile } from '../../src/io/packFile';
import { FullAtlasSchema, type ArticleDetail, type FullAtlas } from '../../src/domain/schema';
import { withDetail } from '../../src/domain/split';
import { sha256 } from './compile';
import { ATLAS_PATH, type OutputFile } from './types';

/** What was read: the atlas with its detail, and the core file when it was format 2. */
export interface CompiledAtlas {
  readonly full: FullAtlas;
  readonly core: AtlasCoreFile | null;
}

function unsealed(text: string, hash: string): string {
  return text.replace(hash, `sha256-${'0'.repeat(64)}`);
}

/** A file's content as the reader gives it: text, or bytes (a pack). */
type Content = string | Uint8Array;

const textOf = (content: Content): string =>
  typeof content === 'string' ? content : new TextDecoder().decode(content);

/** The values of the format 2 core a format 3 core points to, its hash checked. */
function pointedCore(path: string, json: unknown, text: string, read: (path: string) => Content) {
  const pointer = AtlasPointerFileSchema.parse(json);
  if (sha256(unsealed(text, pointer.hash)) !== pointer.hash) {
    throw new Error(`${path}: the content does not match its hash; run npm run data`);
  }
  const file = posix.join(posix.dirname(path), pointer.packed.path);
  const content = read(file);
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  if (sha256(bytes) !== pointer.packed.hash) throw new Error(`${file} does not belong to ${path}`);
  return unpackJson(decodePackFile(new Uint8Array(bytes)));
}

/**
 * Reads the atlas whose core (or format 1 file) is `path`, with `read` giving the content
 * of a path (joined with the core's folder). Throws with the file and the problem.
 */
export function readCompiledWith(path: string, read: (path: string) => Content): CompiledAtlas {
  const text = textOf(read(path));
  const file: unknown = JSON.parse(text);
  const v1 = FullAtlasSchema.safeParse(file);
  if (v1.success) return { full: v1.data, core: null };
  const pointed = AtlasPointerFileSchema.safeParse(file).success;
  const json = pointed ? pointedCore(path, file, text, read) : file;
  const parsed = AtlasCoreFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path} is not an atlas file: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const core = parsed.data;
  if (!pointed && sha256(unsealed(text, core.hash)) !== core.hash) {
    throw new Error(`${path}: the content does not match its hash; run npm run data`);
  }
  const details = new Map<string, ArticleDetail>();
  for (const ref of core.detail.files) {
    const file = posix.join(posix.dirname(path), ref.path);
    const content = textOf(read(file));
    if (sha256(content) !== ref.hash) throw new Error(`${file} does not belong to ${path}`);
    for (const d of DetailFileSchema.parse(JSON.parse(content)).articles) details.set(d.id, d);
  }
  return { full: withDetail(core, details), core };
}

/**
 * Only the core of the compiled atlas at `path` on the disk (format 2, or the pack a format
 * 3 core points to), its records checked by the schema, not joined with their detail.
 */
export function readCoreFile(path: string): AtlasCoreFile {
  const content = readFileSync(path);
  const text = textOf(content);
  const file: unknown = JSON.parse(text);
  const pointed = AtlasPointerFileSchema.safeParse(file).success;
  const read = (p: string) => readFileSync(resolve(p));
  return AtlasCoreFileSchema.parse(pointed ? pointedCore(path, file, text, read) : file);
}

/** {@link readCompiledWith} from the disk, relative to `root`. */
export function readCompiled(path: string, root = process.cwd()): CompiledAtlas {
  return readCompiledWith(path, (p) => readFileSync(resolve(root, p)));
}

/** {@link readCompiledWith} over files a build returned (`buildAtlas(...).outputs`), not yet written. */
export function readOutputs(outputs: readonly OutputFile[], path = ATLAS_PATH): CompiledAtlas {
  const files = new Map(outputs.map((o) => [o.path, o.content]));
  return readCompiledWith(path, (p) => {
    const content = files.get(p);
    if (content === undefined) throw new Error(`the build wrote no ${p}`);
    return content;
  });
}
