/**
 * MapLibre compiles one shader program per layer type and per combination of
 * paint properties that are constant, vary by feature, or vary by feature and
 * zoom. Without a GPU (SwiftShader, the locked-down office laptop) each program
 * costs tens of milliseconds at its first draw, on the path to the first
 * interactive map (bench/README.md, the fourth session's changes). Layers that
 * differ only in which of their properties vary declare their constants in the
 * varying form with these helpers, and share one program.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** No feature has this property: `perFeature(v)` is always `v`, but MapLibre treats it as per feature. */
const NONE: ExpressionSpecification = ['get', 'shared-program'];

/** `value` (a constant or a zoom-free expression), declared per feature. */
export function perFeature(
  value: number | string | ExpressionSpecification,
): ExpressionSpecification {
  return ['coalesce', NONE, value] as ExpressionSpecification;
}

/** A per-feature `value`, declared per feature and zoom (the same at every zoom). */
export function perFeatureAndZoom(
  value: number | ExpressionSpecification,
): ExpressionSpecification {
  const v = typeof value === 'number' ? perFeature(value) : value;
  return ['interpolate', ['linear'], ['zoom'], 0, v, 24, v];
}
