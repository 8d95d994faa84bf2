import { describe, expect, it } from 'vitest';
import { PALETTE } from './palette';
import { colourTable, DARK_PALETTE, swapColours } from './theme';

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
}

describe('the dark map palette', () => {
  it('swaps each light colour for one dark colour (equal light colours stay equal)', () => {
    const keys = Object.keys(PALETTE) as (keyof typeof PALETTE)[];
    for (const a of keys) {
      for (const b of keys) {
        if (PALETTE[a] === PALETTE[b])
          expect(DARK_PALETTE[a], `${a}/${b}`).toEqual(DARK_PALETTE[b]);
      }
    }
    expect(colourTable().get(PALETTE.sea)).toBe(DARK_PALETTE.sea);
  });

  it('keeps labels and arcs readable (WCAG AA contrast on the dark land and sea)', () => {
    for (const ground of [DARK_PALETTE.land, DARK_PALETTE.sea, DARK_PALETTE.halo]) {
      expect(contrast(DARK_PALETTE.labelStrong, ground)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(DARK_PALETTE.labelMuted, ground)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(DARK_PALETTE.arc, ground)).toBeGreaterThanOrEqual(3);
      expect(contrast(DARK_PALETTE.selected, ground)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('swaps colours inside expressions and leaves other values alone', () => {
    const expression = [
      'case',
      ['boolean', ['feature-state', 'hover'], false],
      PALETTE.arcStrong,
      PALETTE.arc,
    ];
    expect(swapColours(expression, colourTable())).toEqual([
      'case',
      ['boolean', ['feature-state', 'hover'], false],
      DARK_PALETTE.arcStrong,
      DARK_PALETTE.arc,
    ]);
    expect(swapColours(0.5, colourTable())).toBe(0.5);
  });
});
