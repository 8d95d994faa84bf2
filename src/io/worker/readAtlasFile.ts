/**
 * What the atlas worker does with a file: trust it when it is a format 2 or 3 core whose
 * bytes match its sealed hash, else validate it with the schema (format 2 or format 1)
 * and split a format 1 file into the core and its detail; read a format 3 core's pack. The
 * result is the core packed for the page (`packedJson.ts`): the pack file as it is, or
 * packed here from the trusted text or from what the schema made of the file; plus the
 * detail the worker keeps.
 * Pure apart from WebCrypto, so it is tested in Node.
 */
import {
  AtlasCoreFileSchema,
  AtlasPointerFileSchema,
  type AtlasCoreFile,
} from '../../domain/compiledSchema';
import { FullAtlasSchema, type ArticleDetail } from '../../domain/schema';
import { splitFullAtlas } from '../../domain/split';
import { parseJson, type FileBytes } from '../fetchJson';
import { readHeader, sha256, verifyCore } from '../hash';
import { packJson, type PackedJson } from '../packedJson';
import { unpackJson } from '../unpackJson';
import { decodePackFile } from '../packFile';
import type { z } from '../../domain/zod';
import { AtlasLoadError } from '../problems';
import { zhCN } from 'zod/locales';
import { schemaIssues } from '../schemaIssues';

/** zod's own Chinese messages, for a second parse of a file that failed. */
const ZH_ERRORS = zhCN().localeError;

/** A readable atlas file: the core, packed, and for format 1 the detail it carried. */
export interface ReadFile {
  readonly core: PackedJson;
  /** True when the bytes are the writer's own (hash verified), false when validated here. */
  readonly trusted: boolean;
  /** The detail of a format 1 file (served by the worker), or null when it lives in detail files. */
  readonly details: readonly ArticleDetail[] | null;
}

/** Reads a file next to the core, by its path relative to the core. */
export type SiblingReader = (path: string) => Promise<FileBytes>;

function validate<T>(file: string, schema: z.ZodMiniType<T>, json: unknown): T {
  const parsed = schema.safeParse(json, { reportInput: true });
  if (parsed.success) return parsed.data;
  const zh = schema.safeParse(json, { reportInput: true, error: ZH_ERRORS });
  const { issues, total } = schemaIssues(
    parsed.error.issues,
    zh.success ? [] : zh.error.issues,
    json,
  );
  throw new AtlasLoadError({ kind: 'schema', file, issues, total });
}

/**
 * A format 3 core: the pack it points to, read next to it. Trusted when the pointer's
 * bytes are the writer's and the pack is the one it names; when the pointer was changed
 * since, the pack's values are validated like any file's. A pack that is not the one
 * named is refused: the files are out of step.
 */
async function readPointed(
  file: string,
  input: FileBytes,
  json: unknown,
  sibling: SiblingReader | null,
): Promise<ReadFile> {
  const { packed } = validate(file, AtlasPointerFileSchema, json);
  if (!sibling) throw new AtlasLoadError({ kind: 'packAlone', file, pack: packed.path });
  // WebCrypto digests the pointer while the pack downloads.
  const verified = verifyCore(input.bytes, readHeader(input.bytes));
  const { bytes } = await sibling(packed.path);
  const digest = await sha256(bytes);
  if (digest !== null && digest !== packed.hash) {
    throw new AtlasLoadError({ kind: 'detailMismatch', file: packed.path });
  }
  let core: PackedJson;
  try {
    core = decodePackFile(bytes);
  } catch {
    throw new AtlasLoadError({ kind: 'format', file: packed.path, found: null });
  }
  if (digest !== null && (await verified) === 'ok') return { core, trusted: true, details: null };
  const values = validate(packed.path, AtlasCoreFileSchema, unpackJson(core));
  return { core: packJson(values), trusted: false, details: null };
}

/**
 * Reads a file the page asked for as `file` (`sibling` reads the files next to it, when
 * it has a place: not a picked file); rejects with an `AtlasLoadError` naming what failed.
 */
export async function readAtlasFile(
  file: string,
  input: FileBytes,
  sibling: SiblingReader | null,
): Promise<ReadFile> {
  const header = readHeader(input.bytes);
  if (header.version === 2 && (await verifyCore(input.bytes, header)) === 'ok') {
    return { core: packJson(parseJson(file, input)), trusted: true, details: null };
  }
  const json = parseJson(file, input);
  const version =
    typeof json === 'object' && json !== null && 'version' in json ? json.version : null;
  if (version === 3) return readPointed(file, input, json, sibling);
  if (version === 2) {
    return {
      core: packJson(validate(file, AtlasCoreFileSchema, json)),
      trusted: false,
      details: null,
    };
  }
  if (version !== 1) {
    throw new AtlasLoadError({
      kind: 'format',
      file,
      found: version === null || version === undefined ? null : JSON.stringify(version),
    });
  }
  const { atlas, details } = splitFullAtlas(validate(file, FullAtlasSchema, json));
  const core: AtlasCoreFile = {
    version: 2,
    hash: `sha256-${'0'.repeat(64)}`,
    dataDate: atlas.dataDate,
    detail: { perFile: 1, files: [] },
    // Format 1 names no text folder; its texts were always next to it, in `articles/`.
    texts: 'articles',
    regions: [...atlas.regions],
    sectors: [...atlas.sectors],
    articles: [...atlas.articles],
    events: [...atlas.events],
    figures: [...atlas.figures],
  };
  return { core: packJson(core), trusted: false, details };
}
