/**
 * The dark theme on the MapLibre map: every colour of the layers' paint properties is
 * swapped for its dark counterpart (and back), in place, with `setPaintProperty`. No
 * source or layer is re-created.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { geographyLayers } from '../mapmodel/style/layers';
import { baseStyle } from '../mapmodel/style/sources';
import { colourTable, swapColours, type MapTheme } from '../mapmodel/theme';

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
 * after layers are (re)installed.
 */
export function applyMapTheme(map: MapLibreMap, theme: MapTheme): void {
  if ((applied.get(map) ?? 'light') === theme) return;
  const table = colourTable();
  const swap: Swap = (value) => (theme === 'dark' ? swapColours(value, table) : value);
  let missing = false;
  for (const layer of [...baseStyle().layers, ...geographyLayers()]) {
    if (map.getLayer(layer.id)) themeLayer(map, layer, swap);
    else missing = true;
  }
  if (!missing) applied.set(map, theme);
}
