/**
 * Where the app finds its atlas: its own compiled file, unless the URL's `data`
 * parameter names another (`loadAtlas.ts` `dataParamUrl`). Plain constants, read by
 * the build too (the baked page's head script and loader, `scripts/prerender/`).
 */

/** Where the compiled atlas lives, relative to the page. */
export const ATLAS_URL = 'data/atlas.json';

/** The URL parameter naming another atlas file (`?data=bench/realistic-atlas.json`). */
export const DATA_PARAM = 'data';
