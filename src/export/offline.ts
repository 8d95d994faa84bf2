/**
 * "Download offline copy": the prebuilt single-file atlas (`npm run
 * build:single` puts `atlas.html` next to the app) with the current view
 * written into it, so the copy opens on that view from `file://`. Building
 * the file in the browser would mean re-bundling code, worker, data and font;
 * fetching the prebuilt one is a single request.
 */

/** Where the prebuilt single-file atlas is served, relative to the page. */
export const OFFLINE_FILE = 'atlas.html';

/** The name of the `<meta>` that carries the view into the copy (a query string). */
export const VIEW_META = 'atlas-view';

/** `html` with the view set as its start view, replacing any set before. */
export function withView(html: string, search: string): string {
  const content = search.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const meta = `<meta name="${VIEW_META}" content="${content}" />`;
  const existing = new RegExp(`<meta name="${VIEW_META}"[^>]*>`);
  if (existing.test(html)) return html.replace(existing, meta);
  return html.replace(/<head([^>]*)>/i, (head) => `${head}\n    ${meta}`);
}

/** Fetches the prebuilt copy; null when the server has none. */
export async function fetchOfflineCopy(): Promise<string | null> {
  try {
    const response = await fetch(OFFLINE_FILE, { cache: 'no-cache' });
    if (!response.ok) return null;
    const html = await response.text();
    return html.includes('__ATLAS_INLINE__') ? html : null;
  } catch {
    return null;
  }
}
