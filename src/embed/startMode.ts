/**
 * Whether the page was opened embedded (`embed=1`), known before the atlas
 * loads, so the page chrome never flashes inside an iframe. The store's
 * `embed` options (validated, with a notice for bad values) take over once loaded.
 */
export const EMBEDDED_AT_START: boolean =
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('embed') === '1';
