/**
 * Colours and widths of the geography layers for one zoom, and of each
 * province and region polygon for its activity, hover and selection, read
 * from the WebGL map's layer specs (see `style.ts`).
 */
import type { RegionActivity } from '../domain/mapFeatures';
import { OUTLINE_LAYERS } from '../mapmodel/style/expressions';
import { PICK_LAYERS } from '../mapmodel/style/sources';
import { ctxOf, type SvgStyle } from '../mapmodel/style/read';

/** A stroke: colour, width in screen pixels and, for dashed lines, the dash pattern in pixels. */
export interface Stroke {
  readonly colour: string;
  readonly width: number;
  readonly dash?: string;
}

/** The geography layers that do not depend on a region's state. */
export interface GeoPaint {
  readonly sea: string;
  readonly neighbourFill: string;
  readonly neighbourLine: Stroke;
  readonly lake: string;
  readonly river: Stroke;
  readonly regionLine: Stroke;
  readonly provinceBorder: Stroke;
  readonly countryOutline: Stroke;
  readonly boundaryLine: Stroke;
}

function stroke(style: SvgStyle, layer: string, zoom: number): Stroke {
  const ctx = ctxOf(zoom);
  return {
    colour: style.string(layer, 'line-color', ctx),
    width: style.number(layer, 'line-width', ctx),
  };
}

/** The geography's paint at `zoom`. */
export function geoPaint(style: SvgStyle, zoom: number): GeoPaint {
  const ctx = ctxOf(zoom);
  const boundary = stroke(style, 'boundary-lines', zoom);
  const dash = style.value('boundary-lines', 'line-dasharray');
  // MapLibre's dash lengths are in line widths.
  const pattern = Array.isArray(dash)
    ? dash.map((n: unknown) => (typeof n === 'number' ? n * boundary.width : 0)).join(' ')
    : undefined;
  return {
    sea: style.string('sea', 'background-color', ctx),
    neighbourFill: style.string('neighbours-fill', 'fill-color', ctx),
    neighbourLine: stroke(style, 'neighbours-line', zoom),
    lake: style.string('lakes-fill', 'fill-color', ctx),
    river: stroke(style, 'rivers-line', zoom),
    regionLine: stroke(style, 'regions-line', zoom),
    provinceBorder: stroke(style, 'province-borders', zoom),
    countryOutline: stroke(style, 'country-outline', zoom),
    boundaryLine: pattern ? { ...boundary, dash: pattern } : boundary,
  };
}

/** Hover and selection of one polygon. */
export interface PolygonState {
  readonly hover: boolean;
  readonly selected: boolean;
}

const FILL_LAYER = {
  0: PICK_LAYERS.provinces,
  1: PICK_LAYERS.prefectures,
  2: PICK_LAYERS.counties,
};

/** Fill colour and opacity of a province (level 0), prefecture (1) or county (2). */
export function polygonFill(
  style: SvgStyle,
  zoom: number,
  level: 0 | 1 | 2,
  activity: RegionActivity | undefined,
  state: PolygonState,
): { colour: string; opacity: number } {
  const ctx = ctxOf(
    zoom,
    { level },
    { shade: activity?.shade ?? 0, activity: activity?.activity ?? 0, ...state },
  );
  const layer = FILL_LAYER[level];
  return {
    colour: style.string(layer, 'fill-color', ctx),
    opacity: style.number(layer, 'fill-opacity', ctx),
  };
}

/** The hover or selection outline of a polygon (a casing under a line), or null when it has none. */
export function polygonOutline(
  style: SvgStyle,
  zoom: number,
  level: 0 | 1 | 2,
  state: PolygonState,
): { casing: Stroke & { opacity: number }; line: Stroke } | null {
  // The outline layers read the polygon's flags as properties.
  const ctx = ctxOf(zoom, { level, ...state });
  const { casing, line } = OUTLINE_LAYERS;
  const casingWidth = style.number(casing, 'line-width', ctx);
  if (casingWidth <= 0) return null;
  return {
    casing: {
      colour: style.string(casing, 'line-color', ctx),
      opacity: style.number(casing, 'line-opacity', ctx),
      width: casingWidth,
    },
    line: {
      colour: style.string(line, 'line-color', ctx),
      width: style.number(line, 'line-width', ctx),
    },
  };
}
