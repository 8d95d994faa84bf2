/** Fetching the atlas's JSON data files, with errors meant for people. */
import { inlineText } from './inline';

/** A load failure with a message meant for people. */
export class AtlasLoadError extends Error {
  override readonly name = 'AtlasLoadError';
}

/**
 * Reads a JSON data file: inline in the single-file build, else fetched. Network,
 * HTTP and JSON failures reject with an {@link AtlasLoadError} naming `what` and `url`.
 */
export async function fetchJson(url: string, what: string): Promise<unknown> {
  // The single-file build carries its data inline (see ./inline.ts).
  const inlined = inlineText(url);
  if (inlined !== undefined) return JSON.parse(inlined);
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    throw new AtlasLoadError(`${what} (${url}) could not be fetched: ${String(error)}`);
  }
  if (!response.ok) {
    throw new AtlasLoadError(
      `${what} (${url}) answered HTTP ${response.status} ${response.statusText}`,
    );
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new AtlasLoadError(
      `${what} (${url}) is not valid JSON (${text.length} bytes; truncated?)`,
    );
  }
}
