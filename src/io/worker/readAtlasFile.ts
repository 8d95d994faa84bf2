/**
 * What the atlas worker does with a file: trust it when it is a format 2 core whose
 * bytes match its sealed hash, else validate it with the schema (format 2 or format 1)
 * and split a format 1 file into the core and its detail. The result is always the
 * text of a core file, for the page to parse once (a string crosses to the page as a
 * copy, far cheaper for the page than decoding the bytes itself), plus the detail the
 * worker keeps.
 * Pure apart from WebCrypto, so it is tested in Node.
 */
import { AtlasCoreFileSchema, type AtlasCoreFile } from '../../domain/compiledSchema';
import { FullAtlasSchema, type ArticleDetail } from '../../domain/schema';
import { splitFullAtlas } from '../../domain/split';
import { parseJson, type FileBytes } from '../fetchJson';
import { readHeader, verifyCore } from '../hash';
import type { z } from '../../domain/zod';
import { AtlasLoadError } from '../problems';
import { zhCN } from 'zod/locales';
import { schemaIssues } from '../schemaIssues';

/** zod's own Chinese messages, for a second parse of a file that failed. */
const ZH_ERRORS = zhCN().localeError;

/** A readable atlas file: the core's JSON text and, for format 1, the detail it carried. */
export interface ReadFile {
  readonly core: string;
  /** The core's records when they were parsed here (validated), else null. */
  readonly records: AtlasCoreFile | null;
  /** True when the bytes are the writer's own (hash verified), false when validated here. */
  readonly trusted: boolean;
  /** The detail of a format 1 file (served by the worker), or null when it lives in detail files. */
  readonly details: readonly ArticleDetail[] | null;
}

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

function encode(core: AtlasCoreFile): string {
  return JSON.stringify(core);
}

/** Reads a file the page asked for as `file`; rejects with an `AtlasLoadError` naming what failed. */
export async function readAtlasFile(file: string, input: FileBytes): Promise<ReadFile> {
  const header = readHeader(input.bytes);
  if (header.version === 2 && (await verifyCore(input.bytes, header)) === 'ok') {
    return {
      core: input.text ?? new TextDecoder().decode(input.bytes),
      records: null,
      trusted: true,
      details: null,
    };
  }
  const json = parseJson(file, input);
  const version =
    typeof json === 'object' && json !== null && 'version' in json ? json.version : null;
  if (version === 2) {
    const records = validate(file, AtlasCoreFileSchema, json);
    return { core: encode(records), records, trusted: false, details: null };
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
  return { core: encode(core), records: core, trusted: false, details };
}
