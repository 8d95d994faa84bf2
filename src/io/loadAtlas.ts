/**
 * Loads the atlas once: its records for the views, and the detail source for the rest.
 *
 * - The app's own file (written by `npm run data`) is fetched here (the page preloads
 *   it) and trusted when its bytes match the hash the writer sealed it with, without
 *   validating any record: a small one (format 2) is checked here (WebCrypto digests off
 *   the main thread while this one parses), anything else by the worker: a large file,
 *   or a large atlas's core (format 3), whose pack the worker reads next to it.
 * - Anything else goes to the atlas worker, which validates it with the same schema
 *   off the main thread: a `?data=` file (fetched by the worker; trusted like the app's
 *   own when its hash checks out), a format 1 file, a file whose hash does not match or
 *   a page without WebCrypto.
 * - The worker sends the core packed (`packedJson.ts`); it is unpacked here, once.
 *
 * Every failure rejects with an `AtlasLoadError` carrying a structured problem.
 */
import type { AtlasCoreFile } from '../domain/compiledSchema';
import type { BuiltColumns } from '../domain/recordColumns';
import type { Atlas } from '../domain/schema';
import { besideCore, filesSource, textLoader } from './detail/files';
import { workerSource, type DetailSource } from './detail/sources';
import { fetchBytes, parseJson } from './fetchJson';
import { readHeader, verifyCore } from './hash';
import { isInline } from './inline';
import { ATLAS_URL } from './atlasUrl';
import { AtlasLoadError } from './problems';
import { isTrustedCore } from './trust';
import { openInWorker, type WorkerFile } from './worker/client';
import { unpackJson } from './unpackJson';
import { PACK_FROM_BYTES } from './packFile';

/**
 * The atlas file a `?data=` URL parameter names, or null when the value is not
 * a relative path on the page's own origin (an absolute or protocol-relative
 * URL, another origin, an empty value): the caller then loads {@link ATLAS_URL}.
 */
export function dataParamUrl(value: string, pageUrl: string): string | null {
  const path = value.trim();
  if (path === '' || /^[a-z][a-z\d+.-]*:/i.test(path) || /^[\\/]{2}/.test(path)) return null;
  try {
    return new URL(path, pageUrl).origin === new URL(pageUrl).origin ? path : null;
  } catch {
    return null;
  }
}

/** A loaded atlas: the records every view works on, and where their detail comes from. */
export interface LoadedAtlas {
  readonly atlas: Atlas;
  readonly detail: DetailSource;
  /** How the records were accepted: their bytes matched the writer's hash, or the worker validated them. */
  readonly accepted: 'hash' | 'validated';
  /** The records' columns when the atlas worker builds them (`domain/recordColumns.ts` `adoptColumns`). */
  readonly columns: Promise<BuiltColumns | null>;
}

/** Which file to load: the app's own (trusted by its hash) or one a user named (read by the worker). */
export interface AtlasRequest {
  readonly url: string;
  readonly own: boolean;
}

/**
 * Where the page asks for articles' detail: the worker when it holds them or reads the
 * detail files (not when the single-file build carries those inline: only the page sees
 * them), else the detail files, read here.
 */
function detailOf(url: string, core: AtlasCoreFile, worker: WorkerFile | null): DetailSource {
  const articleIds = core.articles.map((a) => a.id);
  const [first] = core.detail.files;
  const inline = first !== undefined && isInline(besideCore(url, first.path));
  if (worker?.detail === 'records' || (worker?.detail === 'files' && !inline)) {
    return workerSource(articleIds, textLoader(url, core.texts));
  }
  return filesSource({ coreUrl: url, articleIds, ...core.detail, texts: core.texts });
}

function loaded(url: string, core: AtlasCoreFile, worker: WorkerFile | null): LoadedAtlas {
  const { dataDate, regions, sectors, articles, events, figures } = core;
  return {
    atlas: { dataDate, regions, sectors, articles, events, figures },
    detail: detailOf(url, core, worker),
    accepted: worker === null || worker.trusted ? 'hash' : 'validated',
    columns: worker?.columns ?? Promise.resolve(null),
  };
}

function coreOf(url: string, json: unknown): AtlasCoreFile {
  if (isTrustedCore(json)) return json;
  throw new AtlasLoadError({ kind: 'format', file: url, found: null });
}

function fromWorker(url: string, worker: WorkerFile): LoadedAtlas {
  let json: unknown;
  try {
    json = unpackJson(worker.core);
  } catch (error) {
    throw new AtlasLoadError({ kind: 'worker', reason: String(error) });
  }
  return loaded(url, coreOf(url, json), worker);
}

/**
 * From this size the worker reads even the app's own file (`npm run data` writes a core
 * this large as a pointer to its pack): the page then neither parses nor digests it.
 * Below it, starting the worker would cost more than it saves.
 */
const READ_IN_WORKER_BYTES = PACK_FROM_BYTES;

/** Loads the atlas; rejects with an `AtlasLoadError`. */
export async function loadAtlas(
  request: AtlasRequest = { url: ATLAS_URL, own: true },
): Promise<LoadedAtlas> {
  const { url } = request;
  if (!request.own) {
    const absolute = new URL(url, window.location.href).href;
    return fromWorker(url, await openInWorker(url, { kind: 'url', url: absolute }));
  }
  const file = await fetchBytes(url);
  const header = readHeader(file.bytes);
  if (header.version === 2 && file.bytes.byteLength < READ_IN_WORKER_BYTES) {
    // The digest runs on WebCrypto's thread while this one parses.
    const verified = verifyCore(file.bytes, header);
    const json = parseJson(url, file);
    if ((await verified) === 'ok' && isTrustedCore(json)) return loaded(url, json, null);
  }
  const absolute = new URL(url, window.location.href).href;
  return fromWorker(
    url,
    await openInWorker(url, { kind: 'bytes', bytes: file.bytes.buffer, url: absolute }),
  );
}
