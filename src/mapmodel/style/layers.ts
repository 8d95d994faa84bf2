/** The atlas's layers, bottom to top. Sources are declared in `style.ts` and filled by `mapSync`. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  activityRamp,
  arcWidth,
  hoverOrSelected,
  pointRadius,
  provinceFill,
  scaledByZoom,
  selectionOutline,
  state,
} from './expressions';
import { PALETTE as C } from '../palette';
import { perFeature } from './sharedPrograms';
import { PICK_LAYERS, SOURCES } from './sources';

/** Boundaries and context, bottom to top: land, shaded regions, water, borders. */
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
        // A hairline in views of the whole country, as the country outline below.
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 5.5, 1, 7, 1.4],
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
        // At most 1 px up to zoom 5.5, the views of the whole country (a 1920×1080 window's
        // first view is at 5.3): a line that thin is drawn as a hairline, and one just wider
        // is stroked in full over the whole outline (at 1.04 px it took a third of the first
        // frame's rasterising).
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 5.5, 1, 8, 1.6],
      },
    },
    {
      id: 'boundary-lines',
      type: 'line',
      source: SOURCES.boundaryLines,
      paint: { 'line-color': C.boundaryLine, 'line-width': 1, 'line-dasharray': [5, 2.5] },
    },
  ];
}

/**
 * Links, markers and labels on top of the geography: the paint of the SVG overlay that both
 * maps draw (`mapmodel/overlay.ts` reads it). Labels are placed by the map model (`labels.ts`).
 */
function overlayLayers(): LayerSpecification[] {
  return [
    ...selectionOutline(SOURCES.outlines),
    {
      id: 'arcs-casing',
      type: 'line',
      source: SOURCES.arcs,
      paint: {
        'line-color': C.arcCasing,
        'line-opacity': 0.5,
        'line-width': scaledByZoom(['+', arcWidth, 2], 0.75),
      },
    },
    {
      id: 'arcs-line',
      type: 'line',
      source: SOURCES.arcs,
      paint: {
        'line-color': ['case', hoverOrSelected, C.arcStrong, C.arc],
        'line-opacity': [
          'case',
          hoverOrSelected,
          1,
          ['interpolate', ['linear'], ['get', 'weight'], 0, 0.55, 0.3, 0.8, 1, 0.92],
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
      layout: { 'icon-size': ['interpolate', ['linear'], ['get', 'weight'], 0, 0.7, 1, 1.3] },
      paint: { 'icon-color': ['case', hoverOrSelected, C.arcStrong, C.arc] },
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
      },
    },
    {
      id: 'province-labels',
      type: 'symbol',
      source: SOURCES.labels,
      filter: ['==', ['get', 'kind'], 'province'],
      layout: {
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 12, 7, 13],
        'text-letter-spacing': 0.04,
        'text-padding': 1,
      },
      paint: {
        'text-color': C.labelMuted,
        'text-halo-color': C.land,
        'text-halo-width': 1,
      },
    },
    {
      id: PICK_LAYERS.labels,
      type: 'symbol',
      source: SOURCES.labels,
      filter: ['==', ['get', 'kind'], 'region'],
      layout: {
        'text-size': ['match', ['get', 'level'], 0, 14, 1, 12.5, 12],
        'text-padding': 2,
      },
      paint: {
        'text-color': ['case', state('selected'), C.selected, C.labelStrong],
        'text-halo-color': C.halo,
        'text-halo-width': ['case', state('selected'), 2.2, 1.6],
      },
    },
  ];
}

/** Every layer of the atlas, bottom to top: MapLibre draws the geography, the SVG overlay the rest. */
export function atlasLayers(): LayerSpecification[] {
  return [...geographyLayers(), ...overlayLayers()];
}
