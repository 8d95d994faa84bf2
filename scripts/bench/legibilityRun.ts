/**
 * Reads the first fitted view of each data set from the atlas at 1280×720 (one
 * fresh load each, before the timed loads): the legibility figures, and the
 * GeoJSON the equal-content floor page draws. While the app has no
 * `window.atlas.mapSnapshot()` the figures are null and say why.
 */
import type { Browser } from '@playwright/test';
import { evaluateWithin, loadAndWait, openPage, VIEWPORT } from './browser';
import { floorData, legibilityOf, parseSnapshot, type LegibilityFigures } from './legibility';
import type { Scenario } from './scenarios';

const MISSING = 'no-map-snapshot';

// Plain JavaScript (see inPage.ts).
const SNAPSHOT = `(async () => {
  const api = window.atlas;
  if (!api || typeof api.mapSnapshot !== 'function') return '${MISSING}';
  return await api.mapSnapshot();
})()`;

/** One data set's first view: figures and floor data, or null and why not. */
export interface FirstView {
  readonly figures: LegibilityFigures | null;
  readonly floor: ReturnType<typeof floorData> | null;
  readonly note: string | null;
}

/** Loads `scenario` once and reads its first fitted view; saves a PNG of it to `screenshot` if given. */
export async function readFirstView(
  browser: Browser,
  origin: string,
  scenario: Scenario,
  screenshot?: string,
): Promise<FirstView> {
  const p = await openPage(browser, origin);
  try {
    await loadAndWait(p, `${origin}/${scenario.query}`);
    if (screenshot) await p.page.screenshot({ path: screenshot });
    const answer = await evaluateWithin(
      p,
      SNAPSHOT,
      `${scenario.name}: window.atlas.mapSnapshot()`,
    );
    if (answer === MISSING) {
      return {
        figures: null,
        floor: null,
        note: `legibility.${scenario.name}: this build has no window.atlas.mapSnapshot(); no figures and no equal-content floor`,
      };
    }
    const snapshot = parseSnapshot(answer);
    return {
      figures: legibilityOf(snapshot),
      floor: floorData(snapshot),
      note: null,
    };
  } finally {
    await p.close();
  }
}

/** The viewport the first view is read at, for the notes. */
export const FIRST_VIEW_SIZE = `${VIEWPORT.width}×${VIEWPORT.height}`;
