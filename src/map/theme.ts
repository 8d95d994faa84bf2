/**
 * The dark, projector-friendly map theme. Layers are written against the light
 * `PALETTE`; this swaps every colour of their paint properties for its dark
 * counterpart (and back), in place, with `setPaintProperty`. No source or
 * layer is re-created.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../domain/format';
import { atlasLayers } from './layers';
import { PALETTE } from '../mapmodel/palette';
import { baseStyle } from './style';

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

type Swap = <T>(value: T) => T;

// One case per layer type, so each paint property name is typed for `setPaintProperty`.
function themeLayer(map: MapLibreMap, layer: LayerSpecification, swap: Swap): void {
  const id = layer.id;
  switch (layer.type) {
    case 'background': {
      const colour = layer.paint?.['background-color'];
      if (colour !== undefined) map.setPaintProperty(id, 'background-color', swap(colour));
      break;
    }
    case 'fill': {
      const colour = layer.paint?.['fill-color'];
      if (colour !== undefined) map.setPaintProperty(id, 'fill-color', swap(colour));
      break;
    }
    case 'line': {
      const colour = layer.paint?.['line-color'];
      if (colour !== undefined) map.setPaintProperty(id, 'line-color', swap(colour));
      break;
    }
    case 'circle': {
      const [fill, stroke] = [layer.paint?.['circle-color'], layer.paint?.['circle-stroke-color']];
      if (fill !== undefined) map.setPaintProperty(id, 'circle-color', swap(fill));
      if (stroke !== undefined) map.setPaintProperty(id, 'circle-stroke-color', swap(stroke));
      break;
    }
    case 'symbol': {
      const p = layer.paint;
      if (p?.['icon-color'] !== undefined)
        map.setPaintProperty(id, 'icon-color', swap(p['icon-color']));
      if (p?.['text-color'] !== undefined)
        map.setPaintProperty(id, 'text-color', swap(p['text-color']));
      if (p?.['text-halo-color'] !== undefined) {
        map.setPaintProperty(id, 'text-halo-color', swap(p['text-halo-color']));
      }
      break;
    }
    default:
      break;
  }
}

const applied = new WeakMap<MapLibreMap, MapTheme>();

/**
 * Puts the map's layers in `theme`. Cheap when nothing changes; call it again
 * after layers are (re)installed. `lang` only picks the label layers' specs.
 */
export function applyMapTheme(map: MapLibreMap, theme: MapTheme, lang: Lang): void {
  if ((applied.get(map) ?? 'light') === theme) return;
  const table = colourTable();
  const swap: Swap = (value) => (theme === 'dark' ? swapColours(value, table) : value);
  let missing = false;
  for (const layer of [...baseStyle().layers, ...atlasLayers(lang)]) {
    if (map.getLayer(layer.id)) themeLayer(map, layer, swap);
    else missing = true;
  }
  if (!missing) applied.set(map, theme);
}
