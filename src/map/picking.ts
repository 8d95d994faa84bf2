/**
 * What is under a screen point: one rule for hover, click and `screenPointOf`,
 * so a click at the point `screenPointOf` returns selects that region.
 * Preference: a region marker (nearest), a region label, a link arc, then the
 * county, prefecture and province polygons of the regions the view shows.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { RegionId } from '../domain/schema';
import type { MapTarget } from '../mapmodel/targets';
import { PICK_LAYERS as L } from '../mapmodel/style/sources';

/** Pixels of slack around the pointer for markers and arcs. */
export const PICK_TOLERANCE = 4;

/** What picking needs to know about the current view. */
export interface PickContext {
  /** Regions the map shows (involved ones and their ancestors); others are background. */
  readonly shown: ReadonlySet<RegionId>;
}

function idOf(f: MapGeoJSONFeature, key: 'id' | 'key'): string | null {
  const value: unknown = f.properties[key];
  return typeof value === 'string' ? value : null;
}

function layersPresent(map: MapLibreMap, ids: readonly string[]): string[] {
  return ids.filter((id) => map.getLayer(id));
}

function nearestPoint(map: MapLibreMap, features: MapGeoJSONFeature[], x: number, y: number) {
  let best: { id: string; d: number } | null = null;
  for (const f of features) {
    const id = idOf(f, 'id');
    if (!id || f.geometry.type !== 'Point') continue;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const p = map.project([lon, lat]);
    const d = Math.hypot(p.x - x, p.y - y);
    if (!best || d < best.d) best = { id, d };
  }
  return best?.id ?? null;
}

/** The region or link a pointer at container pixel (x, y) would hit, or null for sea and background land. */
export function pickAt(map: MapLibreMap, context: PickContext, x: number, y: number): MapTarget {
  const t = PICK_TOLERANCE;
  const box: [PointLike, PointLike] = [
    [x - t, y - t],
    [x + t, y + t],
  ];
  const region = (id: string | null): MapTarget =>
    id && context.shown.has(id) ? { kind: 'region', id } : null;

  const points = layersPresent(map, [L.points]);
  if (points.length) {
    const hit = region(nearestPoint(map, map.queryRenderedFeatures(box, { layers: points }), x, y));
    if (hit) return hit;
  }
  const labels = layersPresent(map, [L.labels]);
  for (const f of labels.length ? map.queryRenderedFeatures([x, y], { layers: labels }) : []) {
    const hit = region(idOf(f, 'id'));
    if (hit) return hit;
  }
  const arcs = layersPresent(map, [L.arcs]);
  for (const f of arcs.length ? map.queryRenderedFeatures(box, { layers: arcs }) : []) {
    const key = idOf(f, 'key');
    if (key) return { kind: 'link', id: key };
  }
  for (const layer of layersPresent(map, [L.counties, L.prefectures, L.provinces])) {
    for (const f of map.queryRenderedFeatures([x, y], { layers: [layer] })) {
      const hit = region(idOf(f, 'id'));
      if (hit) return hit;
    }
  }
  return null;
}
