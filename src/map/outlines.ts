/**
 * The data of the hover and selection outlines: only the hovered and the
 * selected polygon, each flagged `hover` and/or `selected` (see
 * `selectionOutline` in `expressions.ts`). Provinces come first, so a region's
 * outline is drawn over its province's.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AdminProps, Geography } from '../mapmodel/geography';
import type { MapTarget } from '../mapmodel/targets';

/** A polygon of the outline source. */
export type OutlineFeature = Feature<Geometry, AdminProps & { hover: boolean; selected: boolean }>;

const byId = new WeakMap<Geography, ReadonlyMap<string, Feature<Geometry, AdminProps>>>();

function polygonsOf(geography: Geography): ReadonlyMap<string, Feature<Geometry, AdminProps>> {
  let index = byId.get(geography);
  if (!index) {
    index = new Map(
      [...geography.provinces.features, ...geography.regions.features].map((f) => [
        f.properties.id,
        f,
      ]),
    );
    byId.set(geography, index);
  }
  return index;
}

/** The outlined polygons for a hovered and a selected region id (null for none, or for a link). */
export function outlineCollection(
  geography: Geography,
  hover: string | null,
  selected: string | null,
): FeatureCollection<Geometry, OutlineFeature['properties']> {
  const polygons = polygonsOf(geography);
  const features: OutlineFeature[] = [];
  for (const id of new Set([selected, hover])) {
    const f = id === null ? undefined : polygons.get(id);
    if (!f) continue;
    features.push({
      type: 'Feature',
      geometry: f.geometry,
      properties: { ...f.properties, hover: id === hover, selected: id === selected },
    });
  }
  features.sort((a, b) => a.properties.level - b.properties.level);
  return { type: 'FeatureCollection', features };
}

/** The outline source's data for one map: the same reference while the outlined regions stay the same. */
export class Outlines {
  private last: { geography: Geography; key: string; data: FeatureCollection } | null = null;

  of(geography: Geography, hover: MapTarget, selected: MapTarget): FeatureCollection {
    const region = (t: MapTarget) => (t?.kind === 'region' ? t.id : null);
    const key = `${region(hover) ?? ''}\u0000${region(selected) ?? ''}`;
    if (this.last?.geography !== geography || this.last.key !== key) {
      const data = outlineCollection(geography, region(hover), region(selected));
      this.last = { geography, key, data };
    }
    return this.last.data;
  }
}
