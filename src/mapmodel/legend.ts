/**
 * The legend's symbols, evaluated from the layer style the maps draw with (so a change of
 * colour, ramp or width shows in the legend at once, in either theme), at sample values
 * taken from what the map draws now: the flows' event counts and the places' activity.
 */
import { PICK_LAYERS } from './style/sources';
import { ctxOf, type SvgStyle } from './style/read';
import type { MapFeatures, Weaker } from './mapFeatures';

/** What the map draws now, as far as the legend needs it. */
export interface LegendFacts {
  /** Event counts of the drawn flows. */
  readonly flowCounts: readonly number[];
  /** True when a drawn flow has a direction (an arrow). */
  readonly directed: boolean;
  /** Activity of the places drawn with a marker. */
  readonly placeActivity: readonly number[];
  readonly weaker: Weaker;
}

/** The legend's facts of what a map draws (its features, or a renderer's snapshot of them). */
export function legendFacts(
  features: Pick<MapFeatures, 'arcs' | 'points' | 'weaker'> | null,
): LegendFacts {
  if (!features) return { flowCounts: [], directed: false, placeActivity: [], weaker: NONE };
  return {
    flowCounts: features.arcs.features.map((f) => f.properties.count),
    directed: features.arcs.features.some((f) => f.properties.directed === 1),
    placeActivity: features.points.features
      .filter((f) => f.properties.marker === 1)
      .map((f) => f.properties.activity),
    weaker: features.weaker,
  };
}

const NONE: Weaker = { flows: 0, links: 0, passing: 0 };

/** A sample of a symbol's size: the value it stands for and the pixels it is drawn with. */
export interface Sample {
  readonly value: number;
  readonly size: number;
}

/** Everything the legend draws, in the style's colours and sizes. */
export interface LegendStyle {
  readonly provinceRamp: readonly string[];
  readonly regionRamp: readonly string[];
  readonly flow: { readonly colour: string; readonly samples: readonly Sample[] };
  readonly flowSelected: { readonly colour: string; readonly width: number };
  readonly arrow: string;
  readonly place: {
    readonly fill: string;
    readonly stroke: string;
    readonly strokeWidth: number;
    readonly samples: readonly Sample[];
  };
  readonly selected: { readonly colour: string; readonly width: number };
  readonly boundary: { readonly colour: string; readonly width: number; readonly dash: string };
}

/** The zoom the legend shows sizes at: the national views' (sizes shrink below it). */
const LEGEND_ZOOM = 5;
const SHADES = [0, 0.1, 0.3, 0.6, 1];

/** Up to three distinct values spread over `values` (the least, the middle, the most). */
function spread(values: readonly number[], fallback: readonly number[]): number[] {
  if (values.length === 0) return [...fallback];
  const sorted = [...values].sort((a, b) => a - b);
  const pick = [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted.at(-1)];
  return [...new Set(pick.filter((v): v is number => v !== undefined))];
}

/** The legend's symbols in `style`, sampled at what the map draws (`facts`). */
export function legendStyle(style: SvgStyle, facts: LegendFacts): LegendStyle {
  const z = LEGEND_ZOOM;
  const shade = (layer: string) =>
    SHADES.map((s) => style.string(layer, 'fill-color', ctxOf(z, {}, { shade: s })));
  const max = Math.max(1, ...facts.flowCounts);
  const flowSample = (value: number): Sample => ({
    value,
    size: style.number('arcs-line', 'line-width', ctxOf(z, { weight: value / max })),
  });
  const points = PICK_LAYERS.points;
  const placeSample = (value: number): Sample => ({
    value,
    size: style.number(points, 'circle-radius', ctxOf(z, { activity: value, marker: 1 })),
  });
  const selectedFlow = ctxOf(z, { weight: 0.35 }, { selected: true });
  const outline = ctxOf(z, { selected: true });
  const dash = style.value('boundary-lines', 'line-dasharray');
  return {
    provinceRamp: shade(PICK_LAYERS.provinces),
    regionRamp: shade(PICK_LAYERS.prefectures),
    flow: {
      colour: style.string('arcs-line', 'line-color', ctxOf(z, { weight: 1 })),
      samples: spread(facts.flowCounts, [1, 4, 12]).map(flowSample),
    },
    flowSelected: {
      colour: style.string('arcs-line', 'line-color', selectedFlow),
      width: style.number('arcs-line', 'line-width', selectedFlow),
    },
    arrow: style.string('arrows', 'icon-color', ctxOf(z, {})),
    place: {
      fill: style.string(points, 'circle-color', ctxOf(z, { marker: 1 })),
      stroke: style.string(points, 'circle-stroke-color', ctxOf(z, { marker: 1 })),
      strokeWidth: style.number(points, 'circle-stroke-width', ctxOf(z, { marker: 1 })),
      samples: spread(facts.placeActivity, [1, 4, 10]).map(placeSample),
    },
    selected: {
      colour: style.string('outline', 'line-color', outline),
      width: style.number('outline', 'line-width', outline),
    },
    boundary: {
      colour: style.string('boundary-lines', 'line-color', ctxOf(z, {})),
      width: style.number('boundary-lines', 'line-width', ctxOf(z, {})),
      dash: Array.isArray(dash) ? dash.join(' ') : '',
    },
  };
}
