/**
 * The map's features for a view, cached on the index and the filters' content:
 * a view re-derived with equal filters (a URL re-applied, back and forward)
 * gives the same reference, so the map sends no data it already has.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { buildMapFeatures, type MapFeatures } from '../domain/mapFeatures';
import type { FilteredView } from '../domain/select';

let last: { index: AtlasIndex; key: string; features: MapFeatures } | null = null;

/** `buildMapFeatures` with a one-entry cache keyed on the index reference and the filter values. */
export function mapFeaturesFor(index: AtlasIndex, view: FilteredView): MapFeatures {
  const key = JSON.stringify([view.filters.years, [...view.filters.sectors].sort()]);
  if (last?.index !== index || last.key !== key) {
    last = { index, key, features: buildMapFeatures(index, view) };
  }
  return last.features;
}
