/** The atlas's layers, bottom to top. Sources are declared in `style.ts` and filled by `mapSync`. */
import type {
  ExpressionSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../domain/format';
import {
  fade,
  activityRamp,
  arcWidth,
  hoverOrSelected,
  pointRadius,
  provinceFill,
  scaledByZoom,
  selectionOutline,
  state,
} from './expressions';
import { MARKER_ANCHORS, NAME_ANCHORS, type Anchor } from '../labels';
import { LABEL_FONT_FAMILY } from './fonts';
import { PALETTE as C } from '../palette';
import { perFeature } from './sharedPrograms';
import { ARROW_IMAGE, labelText, PICK_LAYERS, SOURCES } from './sources';

/** Boundaries and context, bottom to top: land, shaded regions, water, borders, outlines. */
export function geographyLayers(): LayerSpecification[] {
  return [
    {
      id: 'neighbours-fill',
      type: 'fill',
      source: SOURCES.neighbours,
      paint: { 'fill-color': perFeature(C.neighbourFill), 'fill-opacity': perFeature(1) },
    },
    {
      id: 'neighbours-line',
      type: 'line',
      source: SOURCES.neighbours,
      paint: { 'line-color': C.neighbourLine, 'line-width': 0.6 },
    },
    {
      id: PICK_LAYERS.provinces,
      type: 'fill',
      source: SOURCES.provinces,
      paint: { 'fill-color': provinceFill, 'fill-opacity': ['case', state('hover'), 0.82, 1] },
    },
    {
      id: PICK_LAYERS.prefectures,
      type: 'fill',
      source: SOURCES.regions,
      filter: ['==', ['get', 'level'], 1],
      paint: {
        'fill-color': activityRamp(C.regionActivity),
        'fill-opacity': ['case', state('hover'), 0.7, 0.85],
      },
    },
    {
      id: PICK_LAYERS.counties,
      type: 'fill',
      source: SOURCES.regions,
      filter: ['==', ['get', 'level'], 2],
      paint: {
        'fill-color': activityRamp(C.regionActivity),
        'fill-opacity': ['case', state('hover'), 0.75, 0.95],
      },
    },
    {
      id: 'lakes-fill',
      type: 'fill',
      source: SOURCES.lakes,
      paint: { 'fill-color': perFeature(C.lake), 'fill-opacity': perFeature(1) },
    },
    {
      id: 'rivers-line',
      type: 'line',
      source: SOURCES.rivers,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': C.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 1.4],
      },
    },
    {
      id: 'regions-line',
      type: 'line',
      source: SOURCES.regions,
      paint: {
        'line-color': C.regionLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2],
      },
    },
    {
      id: 'province-borders',
      type: 'line',
      source: SOURCES.provinceBorders,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': C.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2],
      },
    },
    {
      id: 'country-outline',
      type: 'line',
      source: SOURCES.countryOutline,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': C.countryLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.6],
      },
    },
    {
      id: 'boundary-lines',
      type: 'line',
      source: SOURCES.boundaryLines,
      paint: { 'line-color': C.boundaryLine, 'line-width': 1, 'line-dasharray': [5, 2.5] },
    },
    ...selectionOutline(SOURCES.outlines),
  ];
}

/**
 * One layout for the three arc layers: MapLibre builds one set of line vertices for
 * layers alike in source, filter and layout, and each layer adds only its paint.
 * Sorted by count, so a busier link is drawn, and picked, over a quieter one.
 */
const ARC_LAYOUT: LineLayerSpecification['layout'] = {
  'line-cap': 'round',
  'line-join': 'round',
  'line-sort-key': ['get', 'count'],
};

/** `text-offset` by the placed anchor, from the placement's own anchor list (one source of truth). */
function offsetOf(anchors: readonly Anchor[]): ExpressionSpecification {
  let offset: ExpressionSpecification = ['literal', [0, 0]];
  for (const a of anchors) {
    offset = ['case', ['==', ['get', 'anchor'], a.anchor], ['literal', [a.dx, a.dy]], offset];
  }
  return offset;
}

/**
 * Labels are placed by the map model (`labels.ts`), the same for every picture: MapLibre
 * draws each where the model put it and drops none.
 */
const PLACED: SymbolLayerSpecification['layout'] = {
  'text-anchor': ['get', 'anchor'],
  'text-offset': [
    'case',
    ['==', ['get', 'marker'], 1],
    offsetOf(MARKER_ANCHORS),
    offsetOf(NAME_ANCHORS),
  ],
  'text-allow-overlap': true,
  'text-ignore-placement': true,
};

/** Links, markers and labels on top of the geography, with labels in `lang`. */
function overlayLayers(lang: Lang): LayerSpecification[] {
  const font = [LABEL_FONT_FAMILY];
  return [
    {
      id: 'arcs-casing',
      type: 'line',
      source: SOURCES.arcs,
      layout: ARC_LAYOUT,
      paint: {
        'line-color': perFeature(C.arcCasing),
        'line-opacity': ['*', 0.5, fade],
        'line-width': scaledByZoom(['+', arcWidth, 2], 0.75),
      },
    },
    {
      id: 'arcs-line',
      type: 'line',
      source: SOURCES.arcs,
      layout: ARC_LAYOUT,
      paint: {
        'line-color': ['case', hoverOrSelected, C.arcStrong, C.arc],
        'line-opacity': [
          '*',
          fade,
          [
            'case',
            hoverOrSelected,
            1,
            ['interpolate', ['linear'], ['get', 'weight'], 0, 0.55, 0.3, 0.8, 1, 0.92],
          ],
        ],
        'line-width': scaledByZoom(
          ['case', state('selected'), ['+', arcWidth, 1.5], arcWidth],
          0.75,
        ),
      },
    },
    {
      id: PICK_LAYERS.arcs,
      type: 'line',
      source: SOURCES.arcs,
      layout: ARC_LAYOUT,
      paint: {
        'line-color': C.arc,
        'line-opacity': 0,
        'line-width': ['max', 12, ['+', arcWidth, 6]],
      },
    },
    {
      id: 'arrows',
      type: 'symbol',
      source: SOURCES.arrows,
      layout: {
        'icon-image': ARROW_IMAGE,
        'icon-size': ['interpolate', ['linear'], ['get', 'weight'], 0, 0.7, 1, 1.3],
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-color': ['case', hoverOrSelected, C.arcStrong, C.arc], 'icon-opacity': fade },
    },
    {
      id: PICK_LAYERS.points,
      type: 'circle',
      source: SOURCES.points,
      filter: ['==', ['get', 'marker'], 1],
      paint: {
        'circle-color': C.point,
        'circle-radius': scaledByZoom([
          'case',
          state('selected'),
          ['+', pointRadius, 2.5],
          state('hover'),
          ['+', pointRadius, 1.5],
          pointRadius,
        ]),
        'circle-stroke-color': ['case', state('selected'), C.arc, C.pointStroke],
        'circle-stroke-width': ['case', state('selected'), 3, 1.5],
        'circle-opacity': fade,
        'circle-stroke-opacity': fade,
      },
    },
    {
      id: 'province-labels',
      type: 'symbol',
      source: SOURCES.labels,
      filter: ['==', ['get', 'kind'], 'province'],
      layout: {
        ...PLACED,
        'text-field': labelText(lang),
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 13],
        'text-letter-spacing': 0.04,
        'text-padding': 1,
      },
      paint: {
        'text-color': perFeature(C.labelMuted),
        'text-halo-color': C.land,
        'text-halo-width': perFeature(1),
        'text-opacity': perFeature(1),
      },
    },
    {
      id: PICK_LAYERS.labels,
      type: 'symbol',
      source: SOURCES.labels,
      filter: ['==', ['get', 'kind'], 'region'],
      layout: {
        ...PLACED,
        'text-field': labelText(lang),
        'text-font': font,
        'text-size': ['match', ['get', 'level'], 0, 14, 1, 12.5, 12],
        'text-padding': 2,
      },
      paint: {
        'text-color': ['case', state('selected'), C.selected, C.labelStrong],
        'text-halo-color': C.halo,
        'text-halo-width': ['case', state('selected'), 2.2, 1.6],
        'text-halo-blur': 0.3,
        'text-opacity': fade,
      },
    },
  ];
}

/** Every layer of the atlas, bottom to top, with labels in `lang`. */
export function atlasLayers(lang: Lang): LayerSpecification[] {
  return [...geographyLayers(), ...overlayLayers(lang)];
}
