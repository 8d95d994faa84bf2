/**
 * The shipped label font (one file, a subset of every label's characters): registered
 * and loaded here before the maps' overlay draws or measures a label, so labels are
 * placed once, in their own font, and render the same on every machine.
 */
import { inlineUrl } from '../io/inline';

/** CSS family the label font is registered under. */
import { LABEL_FONT_FAMILY } from '../mapmodel/style/fonts';

export { LABEL_FONT_FAMILY };

/** Where the font lives, relative to the page. */
export const LABEL_FONT_URL = 'fonts/atlas-labels.woff2';

let registered: Promise<FontFace | null> | null = null;
let settled = false;
const listeners = new Set<() => void>();

function register(): Promise<FontFace | null> {
  if (typeof FontFace === 'undefined' || typeof document === 'undefined')
    return Promise.resolve(null);
  registered ??= (async () => {
    // The baked page declares it already (its first frame's labels use it): adding the same
    // face again would make the browser lay out the whole page again when it loads.
    const declared = [...document.fonts].find(
      (f) => f.family.replace(/^["']|["']$/g, '') === LABEL_FONT_FAMILY,
    );
    const url = inlineUrl(LABEL_FONT_URL) ?? new URL(LABEL_FONT_URL, document.baseURI).href;
    const face =
      declared ??
      new FontFace(LABEL_FONT_FAMILY, `url("${url}") format("woff2")`, { display: 'block' });
    if (!declared) document.fonts.add(face);
    try {
      return await face.load();
    } catch {
      // A missing font file is not fatal: labels fall back to the system sans-serif.
      document.fonts.delete(face);
      return null;
    } finally {
      settled = true;
      listeners.forEach((listener) => listener());
    }
  })();
  return registered;
}

/**
 * Starts loading the label font (once). Called as the page starts, so the font is usually
 * in before the atlas is: the maps' first frame then uses it and is not drawn again.
 */
export function startLabelFont(): void {
  void register();
}

/** Whether loading the label font has ended: loaded, or failed (labels then use the system font). */
export function labelFontSettled(): boolean {
  return settled;
}

/** Calls `listener` when loading the label font ends (and starts loading it); returns the unsubscribe. */
export function subscribeLabelFont(listener: () => void): () => void {
  listeners.add(listener);
  startLabelFont();
  return () => listeners.delete(listener);
}
