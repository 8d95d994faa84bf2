/**
 * The offline copy: the prebuilt single-file atlas (`npm run build:single` puts
 * `atlas.html` next to the app), fetched and written into rather than built in the
 * browser (that would mean re-bundling code, worker, data and font). The Export dialog
 * writes the current view into it and the articles saved in this browser; the authoring
 * view writes the article just saved. Both go through here.
 */
import type { LocalArticle } from '../domain/localArticles';

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

/** The id of the JSON block that carries local articles inside an offline copy. */
export const CARRIED_BLOCK_ID = 'atlas-local-articles';

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

/**
 * `html` (the offline copy) carrying `articles` as local articles: a JSON data block,
 * which no Content-Security-Policy governs since it is never run, read by the copy's
 * `readLocalArticles` and joined to its atlas like articles kept in a browser.
 */
export function withCarriedArticles(html: string, articles: readonly LocalArticle[]): string {
  // The block goes right after the charset and the policy, before any code: the inline code
  // may contain any text, so nothing after the first script is searched or cut; and the
  // charset must stay within the file's first 1024 bytes.
  const json = JSON.stringify(articles).replace(/</gu, '\\u003c');
  const open = `<script type="application/json" id="${CARRIED_BLOCK_ID}">`;
  const head =
    /<meta charset="[^"]*"\s*\/?>(?:\s*<meta http-equiv="Content-Security-Policy"[^>]*>)?/iu.exec(
      html,
    );
  if (!head) throw new Error('the offline copy has no <meta charset>');
  const at = head.index + head[0].length;
  let rest = html.slice(at);
  if (rest.trimStart().startsWith(open)) {
    const trimmed = rest.trimStart();
    rest = trimmed.slice(trimmed.indexOf('</script>') + '</script>'.length);
  }
  return `${html.slice(0, at)}\n    ${open}${json}</script>${rest}`;
}
