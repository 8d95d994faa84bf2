/** Colours in the form office files take: `RRGGBB`, no `#`. */

/** `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` as `RRGGBB` (alpha dropped); throws on anything else. */
export function pptxColour(css: string): string {
  const hex = css.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3,4}$/i.test(hex)) {
    return [...hex.slice(0, 3)]
      .map((c) => c + c)
      .join('')
      .toUpperCase();
  }
  if (/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(hex)) return hex.slice(0, 6).toUpperCase();
  throw new Error(`Not a hex colour: ${css}`);
}
