/**
 * What is under a screen point: one rule for hover, click and `screenPointOf`,
 * so a click at the point `screenPointOf` returns selects that region. The overlay
 * the map draws is asked first (`pickOverlay`: a place marker, a place label, a flow),
 * then MapLibre for the county, prefecture and province polygons of the regions the
 * view shows.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { RegionId } from '../domain/schema';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import type { Overlay } from '../mapmodel/overlay';
import { pickOverlay } from '../mapmodel/pick';
import type { MapTarget } from '../mapmodel/targets';
import { PICK_LAYERS as L } from '../mapmodel/style/sources';

/** What picking needs to know about the current view. */
export interface PickContext {
  /** Regions the map shows (involved ones and their ancestors); others are background. */
  readonly shown: ReadonlySet<RegionId>;
  /** What is drawn over MapLibre now (in container pixels) and from which features; null before. */
  readonly overlay: Overlay | null;
  readonly features: MapFeatures | null;
}

function idOf(f: MapGeoJSONFeature): string | null {
  const value: unknown = f.properties.id;
  return typeof value === 'string' ? value : null;
}

/** The region or link a pointer at container pixel (x, y) would hit, or null for sea and background land. */
export function pickAt(map: MapLibreMap, context: PickContext, x: number, y: number): MapTarget {
  const over = context.overlay && pickOverlay(context.overlay, x, y);
  if (over) return over;
  for (const layer of [L.counties, L.prefectures, L.provinces]) {
    if (!map.getLayer(layer)) continue;
    for (const f of map.queryRenderedFeatures([x, y], { layers: [layer] })) {
      const id = idOf(f);
      if (id && context.shown.has(id)) return { kind: 'region', id };
    }
  }
  return null;
}
