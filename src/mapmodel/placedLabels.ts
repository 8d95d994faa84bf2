/**
 * The placed labels as GeoJSON for the WebGL map: each at its place's point, with the
 * anchor and offset the placement chose, so MapLibre draws exactly the labels the SVG map
 * and the exports draw (`text-allow-overlap`, no placement of its own).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { RegionPointProps } from '../domain/mapFeatures';
import type { PlacedLabel } from './labels';
import type { MapFeatures } from './mapFeatures';

/** Properties of a placed label: the place's, plus how its text sits at the point. */
export interface PlacedLabelProps extends RegionPointProps {
  /** `region` (a place of the view) or `province` (a quiet province name). */
  readonly kind: 'region' | 'province';
  /** MapLibre's `text-anchor`: the side of the text at the point (its offset follows from it). */
  readonly anchor: string;
}

/** The labels placed for one camera, as features at their places' points. */
export function placedLabelFeatures(
  labels: readonly PlacedLabel[],
  features: MapFeatures,
): FeatureCollection<Point, PlacedLabelProps> {
  const points = new Map<string, Feature<Point, RegionPointProps>>();
  for (const f of features.provinceLabels.features) points.set(`province:${f.properties.id}`, f);
  for (const f of features.points.features) points.set(`region:${f.properties.id}`, f);
  const out: Feature<Point, PlacedLabelProps>[] = [];
  for (const label of labels) {
    const point = points.get(`${label.layer}:${label.id}`);
    if (!point) continue;
    out.push({
      type: 'Feature',
      id: label.id,
      properties: {
        ...point.properties,
        kind: label.layer,
        anchor: label.anchor.anchor,
      },
      geometry: point.geometry,
    });
  }
  return { type: 'FeatureCollection', features: out };
}
