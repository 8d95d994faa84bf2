/**
 * The map's themes: the light palette (`palette.ts`) and its dark, projector-friendly
 * counterpart, key by key, so a layer written against the light palette is put in the
 * dark theme by swapping colours (MapLibre with `setPaintProperty`, the SVG map and the
 * legend by evaluating the swapped style).
 */
import { PALETTE } from './palette';

/** Colour theme of the map. */
export type MapTheme = 'light' | 'dark';

type Ramp = readonly [string, string, string, string, string];
/** A palette with the same keys as {@link PALETTE}. */
export type Palette = {
  readonly [K in keyof typeof PALETTE]: (typeof PALETTE)[K] extends string ? string : Ramp;
};

/**
 * Dark counterparts, chosen for a projector: a deep blue-grey sea and land,
 * brighter activity ramps and arcs, light labels on dark halos. Colours that
 * are equal in the light palette are equal here too, so the swap is well defined.
 */
export const DARK_PALETTE: Palette = {
  sea: '#0d1821',
  neighbourFill: '#151f29',
  neighbourLine: '#27323d',
  land: '#1c2733',
  provinceLine: '#3b4a59',
  countryLine: '#7d8c9b',
  boundaryLine: '#96a3b0',
  river: '#2b4a63',
  lake: '#1d3a51',
  provinceActivity: ['#1f3b3b', '#23504c', '#2a635d', '#32786f', '#3c8d81'],
  regionActivity: ['#3f9a8c', '#4daf9f', '#5fc3b2', '#7bd4c4', '#9de3d6'],
  regionLine: '#0a1319',
  selected: '#ffd166',
  hover: '#e6f2ef',
  arc: '#ff8c4a',
  arcStrong: '#ffb27f',
  arcCasing: '#0a1319',
  point: '#c9efe7',
  pointStroke: '#0a1319',
  labelMuted: '#93a1ae',
  labelStrong: '#f1f5f8',
  halo: '#0a1319',
};

/** The palette of a theme. */
export function paletteFor(theme: MapTheme): Palette {
  return theme === 'dark' ? DARK_PALETTE : PALETTE;
}

function flat(p: Palette): string[] {
  return Object.values(p).flatMap((v: string | Ramp) => (typeof v === 'string' ? [v] : [...v]));
}

/** Light colour → dark colour (lower-case hex), from the two palettes key by key. */
export function colourTable(from: Palette = PALETTE, to: Palette = DARK_PALETTE) {
  const a = flat(from);
  const b = flat(to);
  const table = new Map<string, string>();
  a.forEach((colour, i) => {
    const target = b[i];
    if (target && !table.has(colour.toLowerCase())) table.set(colour.toLowerCase(), target);
  });
  return table;
}

/** `value` (a colour or an expression) with every palette colour swapped through `table`. */
export function swapColours<T>(value: T, table: ReadonlyMap<string, string>): T {
  // A JSON round trip keeps the expression's shape; a reviver swaps the colour strings.
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? (table.get(v.toLowerCase()) ?? v) : v,
  );
}
