/**
 * The shipped label font. MapLibre draws labels locally (no glyph server) with
 * the family named in `text-font`; it loads that family without sample text,
 * so the face is registered and loaded here, with every label's text, before
 * any label is drawn. Labels then render the same on every machine.
 */
import { inlineUrl } from '../io/inline';

/** CSS family the label font is registered under; the style's `text-font`. */
export const LABEL_FONT_FAMILY = 'Atlas Labels';

/** Where the font lives, relative to the page. */
export const LABEL_FONT_URL = 'fonts/atlas-labels.woff2';

let registered: Promise<FontFace | null> | null = null;

function register(): Promise<FontFace | null> {
  if (typeof FontFace === 'undefined' || typeof document === 'undefined')
    return Promise.resolve(null);
  registered ??= (async () => {
    const url = inlineUrl(LABEL_FONT_URL) ?? new URL(LABEL_FONT_URL, document.baseURI).href;
    const face = new FontFace(LABEL_FONT_FAMILY, `url("${url}") format("woff2")`, {
      display: 'block',
    });
    document.fonts.add(face);
    try {
      return await face.load();
    } catch {
      // A missing font file is not fatal: labels fall back to the system sans-serif.
      document.fonts.delete(face);
      return null;
    }
  })();
  return registered;
}

/**
 * Registers the label font and waits until it covers `texts`. Resolves `true`
 * when the font is ready, `false` when it could not be loaded (labels then use
 * the system font). Never rejects.
 */
export async function loadLabelFont(texts: readonly string[]): Promise<boolean> {
  const face = await register();
  if (!face) return false;
  try {
    await document.fonts.load(`16px "${LABEL_FONT_FAMILY}"`, texts.join(''));
    return true;
  } catch {
    return false;
  }
}
