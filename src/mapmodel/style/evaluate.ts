/**
 * Evaluates the atlas's layer expressions for one feature with MapLibre's own
 * expression engine (`@maplibre/maplibre-gl-style-spec`), so the SVG map, the
 * legend and the exports take every colour, width, radius and opacity from the
 * same layer specs, evaluated exactly as the WebGL map evaluates them.
 */
import {
  Color,
  createExpression,
  latest,
  VariableAnchorOffsetCollection,
  type StyleExpression,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';

/** What an expression can read: the camera zoom, the feature's properties and its feature-state. */
export interface EvalContext {
  readonly zoom: number;
  readonly properties: object;
  readonly state: object;
}

/** An expression compiled for one style property, evaluated per feature. */
export type Compiled = (ctx: EvalContext) => unknown;

/** The style specification of a layer property, e.g. (`line`, `line-width`); null when it has none. */
export function propertySpec(
  layerType: string,
  property: string,
): StylePropertySpecification | null {
  for (const group of [`paint_${layerType}`, `layout_${layerType}`]) {
    const properties: unknown = Reflect.get(latest, group);
    if (typeof properties !== 'object' || properties === null) continue;
    const spec: unknown = Reflect.get(properties, property);
    if (isPropertySpec(spec)) return spec;
  }
  return null;
}

function isPropertySpec(value: unknown): value is StylePropertySpecification {
  return typeof value === 'object' && value !== null && 'type' in value;
}

/** An object as the expression engine reads it, by key: the same object, not a copy (it only reads). */
function byKey(value: object): Record<string, unknown> {
  return value as Record<string, unknown>;
}

/** Compiles `expression` (an expression or a constant) for a property; throws on an invalid one. */
export function compile(expression: unknown, spec: StylePropertySpecification | null): Compiled {
  const result = createExpression(expression, 'atlas', spec);
  if (result.result === 'error') {
    const message = result.value.map((e) => `${e.key}: ${e.message}`).join('; ');
    throw new Error(`style: cannot evaluate ${JSON.stringify(expression)}: ${message}`);
  }
  const compiled: StyleExpression = result.value;
  return (ctx) =>
    compiled.evaluate(
      { zoom: ctx.zoom },
      { type: 'Point', properties: byKey(ctx.properties) },
      byKey(ctx.state),
    );
}

function channel(c: number, a: number): string {
  return Math.round(a > 0 ? (c / a) * 255 : 0)
    .toString(16)
    .padStart(2, '0');
}

/** A colour value as CSS: `#rrggbb` when opaque, else `rgba(…)`; '' for anything else. */
export function cssColour(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!(value instanceof Color)) return '';
  const { r, g, b, a } = value;
  if (a >= 1) return `#${channel(r, a)}${channel(g, a)}${channel(b, a)}`;
  const c = (x: number) => Math.round(a > 0 ? (x / a) * 255 : 0);
  return `rgba(${c(r)},${c(g)},${c(b)},${Math.round(a * 1000) / 1000})`;
}

/** A number value, 0 for anything else. */
export function styleNumber(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/** `text-variable-anchor-offset` values as (anchor, dx, dy) in ems. */
export function anchorOffsets(value: unknown): { anchor: string; dx: number; dy: number }[] {
  const list = value instanceof VariableAnchorOffsetCollection ? value.values : value;
  const out: { anchor: string; dx: number; dy: number }[] = [];
  if (!Array.isArray(list)) return out;
  for (let i = 0; i + 1 < list.length; i += 2) {
    const [anchor, offset]: unknown[] = [list[i], list[i + 1]];
    if (typeof anchor !== 'string' || !Array.isArray(offset)) continue;
    const [dx, dy]: unknown[] = offset;
    out.push({ anchor, dx: styleNumber(dx), dy: styleNumber(dy) });
  }
  return out;
}
