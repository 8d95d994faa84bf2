/**
 * The box of the map the user sees, whichever renderer shows it, so an export
 * drawn by the other renderer (a deck's picture) shows the same place.
 */
import type { LonLatBounds } from '../domain/mapFeatures';
import { viewBounds } from '../svgmap/camera';
import { getSvgView } from '../svgmap/viewStore';
import { registeredMap } from './screenPoint';

/** The lon/lat box on screen: the SVG map's while it is the map, else MapLibre's; null before either has a view. */
export function liveViewBounds(): LonLatBounds | null {
  const svg = getSvgView();
  const live = registeredMap();
  if (live && !svg.active) {
    const b = live.map.getBounds();
    return [
      [b.getWest(), b.getSouth()],
      [b.getEast(), b.getNorth()],
    ];
  }
  return svg.camera && svg.size ? viewBounds(svg.camera, svg.size) : null;
}
