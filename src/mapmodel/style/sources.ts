/**
 * The offline style: no tile, glyph or sprite URL. Every source is inline
 * GeoJSON filled by `mapSync`.
 */
import type { FeatureCollection } from 'geojson';
import type {
  GeoJSONSourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { PALETTE as C } from '../palette';

/**
 * Source ids: MapLibre's GeoJSON sources (`MAP_SOURCES`), each region source promoted on
 * `id` for feature-state, and the sources the overlay's layer specs name (links, places,
 * labels, outlines: drawn by the SVG overlay, never loaded into MapLibre).
 */
export const SOURCES = {
  neighbours: 'neighbours',
  provinces: 'provinces',
  provinceBorders: 'province-borders',
  countryOutline: 'country-outline',
  boundaryLines: 'boundary-lines',
  regions: 'regions',
  rivers: 'rivers',
  lakes: 'lakes',
  outlines: 'outlines',
  labels: 'labels',
  arcs: 'arcs',
  arrows: 'arrows',
  points: 'points',
} as const;

/** Layers a pointer can pick, in the order of preference when several are under it. */
export const PICK_LAYERS = {
  points: 'points-circle',
  labels: 'region-labels',
  arcs: 'arcs-hit',
  counties: 'regions-fill-county',
  prefectures: 'regions-fill-prefecture',
  provinces: 'provinces-fill',
} as const;

function geojson(promoteId?: string): GeoJSONSourceSpecification {
  const data: FeatureCollection = { type: 'FeatureCollection', features: [] };
  return { type: 'geojson', data, ...(promoteId ? { promoteId } : {}) };
}

/** The sources MapLibre draws, all empty until `mapSync` fills them. */
export const MAP_SOURCES: Readonly<Record<string, GeoJSONSourceSpecification>> = {
  [SOURCES.neighbours]: geojson(),
  [SOURCES.provinces]: geojson('id'),
  [SOURCES.provinceBorders]: geojson(),
  [SOURCES.countryOutline]: geojson(),
  [SOURCES.boundaryLines]: geojson(),
  [SOURCES.regions]: geojson('id'),
  [SOURCES.rivers]: geojson(),
  [SOURCES.lakes]: geojson(),
};

/** The base style: sea only. `mapSync` installs the atlas sources and layers on `style.load`. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Cooperation Atlas (offline)',
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': C.sea } }],
  };
}
