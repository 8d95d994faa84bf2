/** Paint expressions shared by the layers: feature-state flags, activity ramps, widths and radii. */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { PALETTE as C } from '../palette';
import { perFeature, perFeatureAndZoom } from './sharedPrograms';

/** A boolean feature-state flag (`hover`, `selected`), false when unset. */
export const state = (key: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];
/** The region's share of the busiest region's activity (feature-state), 0 when unset. */
export const shade: ExpressionSpecification = ['coalesce', ['feature-state', 'shade'], 0];

/** A five-stop colour ramp over `shade`. */
export function activityRamp(
  ramp: readonly [string, string, string, string, string],
): ExpressionSpecification {
  const [a0, a1, a2, a3, a4] = ramp;
  return ['interpolate', ['linear'], shade, 0, a0, 0.1, a1, 0.3, a2, 0.6, a3, 1, a4];
}

/** Provinces: plain land when inactive, else the light province ramp. */
export const provinceFill: ExpressionSpecification = [
  'case',
  ['>', shade, 0],
  activityRamp(C.provinceActivity),
  C.land,
];

/** Flow width by its share of the busiest drawn flow's events (`weight`, 0–1): 1.4 to 8 px. */
export const arcWidth: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['get', 'weight'],
  0,
  1.4,
  0.1,
  2.2,
  0.35,
  4,
  1,
  8,
];

/** Marker radius by the region's event count under the filters. */
export const pointRadius: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['get', 'activity'],
  0,
  3,
  1,
  4,
  4,
  6,
  10,
  8.5,
  25,
  11,
];

/** True for the hovered or selected feature. */
export const hoverOrSelected: ExpressionSpecification = ['any', state('hover'), state('selected')];

/** A boolean property of a feature (an outlined polygon's `hover`, `selected`), false when unset. */
const flag = (key: string): ExpressionSpecification => ['boolean', ['get', key], false];

/**
 * Hover and selection outlines, a white casing under a dark line, readable on any fill, drawn
 * only for the hovered and selected polygons (`svgmap/SvgGeography`, on both maps).
 */
export function selectionOutline(source: string): LayerSpecification[] {
  const width = (selected: number, hover: number): ExpressionSpecification => [
    'case',
    flag('selected'),
    selected,
    flag('hover'),
    hover,
    0,
  ];
  return [
    {
      id: OUTLINE_LAYERS.casing,
      type: 'line',
      source,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': perFeature(C.halo),
        'line-opacity': perFeature(0.9),
        'line-width': perFeatureAndZoom(width(5, 3)),
      },
    },
    {
      id: OUTLINE_LAYERS.line,
      type: 'line',
      source,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', flag('selected'), C.selected, C.hover],
        'line-opacity': perFeature(1),
        'line-width': perFeatureAndZoom(width(2.2, 1.2)),
      },
    },
  ];
}

/** The outline layers' ids. */
export const OUTLINE_LAYERS = { casing: 'outline-casing', line: 'outline' } as const;

/** `value` at full size from zoom 5, scaled down to `small` of it at zoom 3 and below (phones, whole-country views). */
export function scaledByZoom(
  value: ExpressionSpecification,
  small = 0.65,
): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 3, ['*', small, value], 5, value];
}
