/**
 * Label widths in Node, from the label font itself (`public/fonts/atlas-labels.woff2`, read
 * with fontkit): the same advance widths the browser's canvas measures in that font (within
 * a thousandth of a pixel), so the first frame places exactly the labels the live map places.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import type { Measure } from '../../src/mapmodel/labels';

function isFont(value: Font | { fonts: Font[] }): value is Font {
  return 'unitsPerEm' in value;
}

/** A {@link Measure} in the font at `path`, as the SVG map's `canvasMeasure` measures. */
export function fontMeasure(path: string): Measure {
  const loaded = create(readFileSync(path));
  const font = isFont(loaded) ? loaded : loaded.fonts[0];
  if (!font) throw new Error(`${path}: no font in the file`);
  const widths = new Map<string, number>();
  return (text, size, letterSpacing) => {
    let em = widths.get(text);
    if (em === undefined) {
      const missing = [...text].find((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
      if (missing !== undefined) {
        throw new Error(
          `${path} has no glyph for "${missing}" (in the label "${text}"): run npm run geo to rebuild the label font`,
        );
      }
      em = font.layout(text).advanceWidth / font.unitsPerEm;
      widths.set(text, em);
    }
    return em * size + letterSpacing * size * [...text].length;
  };
}
