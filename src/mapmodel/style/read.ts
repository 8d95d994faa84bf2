/**
 * The WebGL map's layer specs as the SVG map, the legend and the exports read them:
 * paint and layout values by layer id, in the current language and theme (the dark
 * theme swaps colours exactly as `applyMapTheme` does for MapLibre), evaluated by
 * MapLibre's expression engine.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../domain/format';
import { atlasLayers } from './layers';
import { baseStyle } from './sources';
import { colourTable, swapColours, type MapTheme } from '../theme';
import {
  anchorOffsets,
  compile,
  cssColour,
  propertySpec,
  styleNumber,
  type Compiled,
  type EvalContext,
} from './evaluate';

/** Reads one property of one layer of the style. */
export interface SvgStyle {
  readonly lang: Lang;
  readonly theme: MapTheme;
  /** The raw paint or layout value (an expression or a constant); throws when the layer or property is missing. */
  value(layer: string, property: string): unknown;
  number(layer: string, property: string, ctx: EvalContext): number;
  /** A colour as CSS (or another string value as it is). */
  string(layer: string, property: string, ctx: EvalContext): string;
  /** `text-variable-anchor-offset`: the anchors tried in order, with offsets in ems. */
  anchors(layer: string, ctx: EvalContext): { anchor: string; dx: number; dy: number }[];
}

function properties(layer: LayerSpecification): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const group of ['paint', 'layout'] as const) {
    const values: unknown = group in layer ? Reflect.get(layer, group) : undefined;
    if (typeof values !== 'object' || values === null) continue;
    for (const [key, v] of Object.entries(values)) out.set(key, v);
  }
  return out;
}

const cache = new Map<string, SvgStyle>();

/** The style for a language and theme (cached: the specs never change at run time). */
export function svgStyle(lang: Lang, theme: MapTheme): SvgStyle {
  const key = `${lang}:${theme}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const specs = [...baseStyle().layers, ...atlasLayers()];
  const layers = theme === 'dark' ? swapColours(specs, colourTable()) : specs;
  const byId = new Map(layers.map((l) => [l.id, { type: l.type, props: properties(l) }]));
  const value = (layer: string, property: string): unknown => {
    const props = byId.get(layer)?.props;
    if (!props?.has(property)) throw new Error(`style: layer "${layer}" has no "${property}"`);
    return props.get(property);
  };
  const compiled = new Map<string, Compiled>();
  const evaluate = (layer: string, property: string, ctx: EvalContext): unknown => {
    const key = `${layer}|${property}`;
    let fn = compiled.get(key);
    if (!fn) {
      const type = byId.get(layer)?.type ?? '';
      fn = compile(value(layer, property), propertySpec(type, property));
      compiled.set(key, fn);
    }
    return fn(ctx);
  };
  const style: SvgStyle = {
    lang,
    theme,
    value,
    number: (layer, property, ctx) => styleNumber(evaluate(layer, property, ctx)),
    string: (layer, property, ctx) => cssColour(evaluate(layer, property, ctx)),
    anchors: (layer, ctx) => anchorOffsets(evaluate(layer, 'text-variable-anchor-offset', ctx)),
  };
  cache.set(key, style);
  return style;
}

/** An evaluation context for a feature at a zoom. */
export function ctxOf(zoom: number, properties: object = {}, state: object = {}): EvalContext {
  return { zoom, properties, state };
}
