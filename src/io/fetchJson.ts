/**
 * Reading the atlas's data files: inline in the single-file build, else fetched.
 * Every failure rejects with an {@link AtlasLoadError} whose problem names the file.
 * Runs in the page and in the atlas worker (no DOM needed).
 */
import { inlineText } from './inline';
import { AtlasLoadError } from './problems';

export { AtlasLoadError } from './problems';

/** A file's bytes and, when it was inlined, its text (so it is not decoded twice). */
export interface FileBytes {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly text: string | null;
}

/**
 * The bytes of a data file; network and HTTP failures reject with the file's problem,
 * naming it `file` (by default the URL; the worker gets absolute URLs, but a person
 * should read the path as the page named it).
 */
export async function fetchBytes(url: string, file = url): Promise<FileBytes> {
  // The single-file build carries its data inline (see ./inline.ts).
  const inlined = inlineText(url);
  if (inlined !== undefined) return { bytes: new TextEncoder().encode(inlined), text: inlined };
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new AtlasLoadError({ kind: 'network', file });
  }
  if (!response.ok) {
    throw new AtlasLoadError({
      kind: 'http',
      file,
      status: response.status,
      statusText: response.statusText,
    });
  }
  return { bytes: new Uint8Array(await response.arrayBuffer()), text: null };
}

/** True when a text looks like an HTML page (what many servers send for a wrong path). */
function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text.replace(/^\uFEFF/, ''));
}

/** A file's text (decoded once). */
export function textOf(file: FileBytes): string {
  return file.text ?? new TextDecoder().decode(file.bytes);
}

/** Parses JSON text; anything else rejects with a `notJson` problem naming the file. */
export function parseText(url: string, text: string, bytes = text.length): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AtlasLoadError({ kind: 'notJson', file: url, bytes, webPage: looksLikeHtml(text) });
  }
}

/** Parses a file's JSON; anything else rejects with a `notJson` problem naming the file. */
export function parseJson(url: string, file: FileBytes): unknown {
  return parseText(url, textOf(file), file.bytes.byteLength);
}

/** Reads a JSON data file: {@link fetchBytes}, then {@link parseJson}. */
export async function fetchJson(url: string): Promise<unknown> {
  return parseJson(url, await fetchBytes(url));
}
