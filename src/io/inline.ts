/**
 * The single-file build's data seam. `npm run build:single` writes every file
 * the app would fetch (atlas, article texts, boundaries, label font) into
 * `window.__ATLAS_INLINE__` before the app starts; loaders ask here first and
 * fetch only what is not inlined. In the normal build nothing is inlined.
 */

/** Files by path relative to the page: text (JSON) or, for binary files, a `data:` URL. */
export interface InlineFiles {
  readonly files: Readonly<Record<string, string>>;
}

declare global {
  interface Window {
    __ATLAS_INLINE__?: InlineFiles;
  }
}

function normal(path: string): string {
  return path.replace(/^\.\//, '');
}

function files(): Readonly<Record<string, unknown>> | null {
  const inline: unknown = typeof window === 'undefined' ? undefined : window.__ATLAS_INLINE__;
  if (typeof inline !== 'object' || inline === null || !('files' in inline)) return null;
  const { files: table } = inline;
  return typeof table === 'object' && table !== null ? { ...table } : null;
}

/** The inlined text of a file, or undefined when it must be fetched. */
export function inlineText(path: string): string | undefined {
  const value = files()?.[normal(path)];
  return typeof value === 'string' && !value.startsWith('data:') ? value : undefined;
}

/** The inlined `data:` URL of a binary file, or undefined when it must be fetched. */
export function inlineUrl(path: string): string | undefined {
  const value = files()?.[normal(path)];
  return typeof value === 'string' && value.startsWith('data:') ? value : undefined;
}

/** True when the single-file build carries the file inline (so only the page can read it). */
export function isInline(path: string): boolean {
  return files()?.[normal(path)] !== undefined;
}
