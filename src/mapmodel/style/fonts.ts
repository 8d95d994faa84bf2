/** The label font's family, registered by the page (see `map/fonts.ts`). */
export const LABEL_FONT_FAMILY = 'Atlas Labels';

/** Fonts after the label font, for text the font lacks and while it loads. */
export const FALLBACK_FONTS = "'Noto Sans SC', 'Noto Sans CJK SC', system-ui, sans-serif";

/** The labels' CSS font stack: the label font, then the fallbacks. */
export const LABEL_FONT = `"${LABEL_FONT_FAMILY}", ${FALLBACK_FONTS}`;
