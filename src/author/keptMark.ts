/**
 * Whether this browser keeps articles of its own, as a mark the page can read before its first
 * paint. The articles live in IndexedDB, which answers only later; the page's baked picture
 * was drawn without them, so the head script (`scripts/prerender/headScript.ts`) shows only
 * the geography while this mark is set, until the app draws the atlas with them. Written
 * whenever the kept list is read or written (`localArticles.ts`).
 */

/** The `localStorage` key of the mark: the number of articles kept, absent when none. */
export const KEPT_MARK = 'cooperation-atlas:kept-articles';

/** Records how many articles this browser keeps; quiet where `localStorage` is unavailable. */
export function markKept(count: number): void {
  try {
    if (count > 0) localStorage.setItem(KEPT_MARK, String(count));
    else localStorage.removeItem(KEPT_MARK);
  } catch {
    // Private mode, a page from a file, storage switched off: the baked picture shows as before.
  }
}
