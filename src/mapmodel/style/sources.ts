/**
 * The offline style: no tile, glyph or sprite URL. Every source is inline
 * GeoJSON filled by `mapSync`; labels use the shipped font (see `fonts.ts`).
 */
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../domain/format';
import { PALETTE as C } from '../palette';

/** GeoJSON source ids, each promoted on `id` (regions) or `key` (links) for feature-state. */
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

/** Layers whose `text-field` follows the language. */
export const LABEL_LAYERS = ['province-labels', 'region-labels'] as const;

/** Name of the arrow image drawn on directed links. */
export const ARROW_IMAGE = 'link-arrow';

function geojson(promoteId?: string): GeoJSONSourceSpecification {
  const data: FeatureCollection = { type: 'FeatureCollection', features: [] };
  return { type: 'geojson', data, ...(promoteId ? { promoteId } : {}) };
}

/** The sources the map needs, all empty until `mapSync` fills them. */
export const ATLAS_SOURCES: Readonly<Record<string, GeoJSONSourceSpecification>> = {
  [SOURCES.neighbours]: geojson(),
  [SOURCES.provinces]: geojson('id'),
  [SOURCES.provinceBorders]: geojson(),
  [SOURCES.countryOutline]: geojson(),
  [SOURCES.boundaryLines]: geojson(),
  [SOURCES.regions]: geojson('id'),
  [SOURCES.rivers]: geojson(),
  [SOURCES.lakes]: geojson(),
  [SOURCES.outlines]: geojson(),
  [SOURCES.labels]: geojson('id'),
  [SOURCES.arcs]: geojson('key'),
  [SOURCES.arrows]: geojson('key'),
  [SOURCES.points]: geojson('id'),
};

/** The label text of a feature with `nameZh`/`nameEn` properties in a language. */
export function labelText(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'nameZh' : 'nameEn'];
}

/** The base style: sea only. `mapSync` installs the atlas sources and layers on `style.load`. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Cooperation Atlas (offline)',
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': C.sea } }],
  };
}
