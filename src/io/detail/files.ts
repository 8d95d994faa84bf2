/**
 * An atlas's detail files (format 2 and 3): each fetched once, when one of its articles is
 * first asked for, checked against the hash its core lists, and kept. The page reads them
 * itself for a small atlas and in the single-file build (where they are inline); a core the
 * atlas worker read has the worker read them too, so their bytes are never decoded, parsed
 * or hashed on the main thread (`worker/heldDetail.ts`).
 */
import { DetailFileSchema, type DetailFileRef } from '../../domain/compiledSchema';
import { ArticleTextSchema, type ArticleDetail, type ArticleText } from '../../domain/schema';
import type { z } from '../../domain/zod';
import { fetchBytes, parseJson } from '../fetchJson';
import { sha256 } from '../hash';
import { AtlasLoadError } from '../problems';
import { schemaIssues } from '../schemaIssues';
import type { DetailSource } from './sources';

/** A path relative to the core file's folder (`data/atlas.json` + `detail/0.json` → `data/detail/0.json`). */
export function besideCore(coreUrl: string, path: string): string {
  return `${coreUrl.slice(0, coreUrl.lastIndexOf('/') + 1)}${path}`;
}

function validated<T>(file: string, schema: z.ZodMiniType<T>, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const { issues, total } = schemaIssues(parsed.error.issues, [], json);
  throw new AtlasLoadError({ kind: 'schema', file, issues, total });
}

/** Article texts in `textsDir` beside the core (validated: one small file at a time). */
export function textLoader(coreUrl: string, textsDir: string | null) {
  return async (id: string): Promise<ArticleText | null> => {
    if (textsDir === null) return null;
    const file = besideCore(coreUrl, `${textsDir}/${encodeURIComponent(id)}.json`);
    return validated(file, ArticleTextSchema, parseJson(file, await fetchBytes(file)));
  };
}

function isDetailFile(value: unknown): value is z.infer<typeof DetailFileSchema> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    value.version === 2 &&
    'articles' in value &&
    Array.isArray(value.articles)
  );
}

/** Where the detail files are: the core's URL, its articles in core order and its `detail` block. */
export interface DetailFiles {
  /** The core's URL as the page names it (in messages, and to fetch from unless `fetchFrom`). */
  readonly coreUrl: string;
  /** The core's absolute URL to fetch the files beside (the atlas worker: its own base is a `blob:` URL). */
  readonly fetchFrom?: string;
  readonly articleIds: readonly string[];
  readonly perFile: number;
  readonly files: readonly DetailFileRef[];
  readonly texts: string | null;
}

/**
 * The detail files of a format 2 atlas: each loaded once, when one of its articles is
 * first asked for. A file whose bytes match the hash the core lists is trusted; without
 * WebCrypto it is validated; a file with another hash is not this atlas's.
 */
export function filesSource(where: DetailFiles): DetailSource {
  const fileOf = new Map(where.articleIds.map((id, i) => [id, Math.floor(i / where.perFile)]));
  const loaded = new Map<number, Promise<ReadonlyMap<string, ArticleDetail>>>();
  const load = async (n: number): Promise<ReadonlyMap<string, ArticleDetail>> => {
    const ref = where.files[n];
    if (!ref) return new Map();
    const file = besideCore(where.coreUrl, ref.path);
    const url = where.fetchFrom === undefined ? file : new URL(ref.path, where.fetchFrom).href;
    const bytes = await fetchBytes(url, file);
    const digest = await sha256(bytes.bytes);
    if (digest !== null && digest !== ref.hash) {
      throw new AtlasLoadError({ kind: 'detailMismatch', file });
    }
    const json = parseJson(file, bytes);
    const content =
      digest !== null && isDetailFile(json) ? json : validated(file, DetailFileSchema, json);
    return new Map(content.articles.map((d) => [d.id, d]));
  };
  const fileDetails = (n: number) => {
    let promise = loaded.get(n);
    if (!promise) {
      promise = load(n);
      // A failed file may load on a later try (the network came back).
      promise.catch(() => loaded.delete(n));
      loaded.set(n, promise);
    }
    return promise;
  };
  return {
    has: (id) => fileOf.has(id),
    details: async (ids) => {
      const files = [...new Set(ids.flatMap((id) => fileOf.get(id) ?? []))];
      const maps = await Promise.all(files.map(fileDetails));
      return ids.flatMap((id) => maps.find((m) => m.has(id))?.get(id) ?? []);
    },
    text: textLoader(where.coreUrl, where.texts),
  };
}
