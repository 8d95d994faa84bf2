/**
 * Text widths for the deck's layout, measured on a canvas in the fonts an
 * office suite may set the text in: Microsoft YaHei (named in the file), Noto
 * Sans CJK (what LibreOffice substitutes on Linux) and DejaVu Sans (its Latin
 * fallback). The widest wins, so a box sized here holds the text in any of them.
 */
import type { Measure } from './wrap';

/** The font the deck's text boxes name: in Windows since Vista, and in WPS. */
export const DECK_FONT = 'Microsoft YaHei';

const STACKS = [`"${DECK_FONT}"`, '"Noto Sans CJK SC"', '"DejaVu Sans"'].map(
  (first) => `${first}, "Noto Sans CJK SC", "Noto Sans SC", sans-serif`,
);
const REFERENCE = 100;

/** A measure backed by a 2D canvas, cached per text and weight (widths scale with the size). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('This browser cannot measure text on a canvas');
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = 0;
      for (const stack of STACKS) {
        ctx.font = `${bold ? 700 : 400} ${REFERENCE}px ${stack}`;
        width = Math.max(width, ctx.measureText(text).width);
      }
      cache.set(key, width);
    }
    return (width * size) / REFERENCE;
  };
}
