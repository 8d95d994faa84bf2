/**
 * The page's colours for exported files (the CSS variables of the current
 * theme), so a PNG or a deck made in the dark theme is dark too.
 */

/** Paper and ink colours as `#rrggbb`. */
export interface PageColours {
  readonly paper: string;
  readonly ink: string;
  readonly ink2: string;
  readonly ink3: string;
  readonly accent: string;
  readonly line: string;
}

/**
 * The current theme's colours, with the light theme's values where a variable is
 * missing. The built CSS writes them as short as it can (`#fff`, `red`); a canvas
 * reads any CSS colour back as `#rrggbb`, which office files need.
 */
export function pageColours(): PageColours {
  const style = getComputedStyle(document.documentElement);
  const ctx = document.createElement('canvas').getContext('2d');
  const v = (name: string, fallback: string) => {
    const value = style.getPropertyValue(name).trim() || fallback;
    if (!ctx) return value;
    ctx.fillStyle = fallback;
    ctx.fillStyle = value;
    return typeof ctx.fillStyle === 'string' && ctx.fillStyle.startsWith('#')
      ? ctx.fillStyle
      : fallback;
  };
  return {
    paper: v('--paper', '#ffffff'),
    ink: v('--ink', '#1d2733'),
    ink2: v('--ink-2', '#4a5666'),
    ink3: v('--ink-3', '#5c6775'),
    accent: v('--accent', '#b4401d'),
    line: v('--line', '#dfe3e8'),
  };
}
