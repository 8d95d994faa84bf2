/**
 * The bare MapLibre map the benchmark compares the atlas with: no app code, the
 * atlas's `data/boundaries.json` drawn with the same polygon and line layers
 * (`bench/baseline.html`), and optionally more on top (`bench/floor.html`).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

declare global {
  interface Window {
    baselineReady?: Promise<void>;
    /** The map, for the benchmark's engine-floor measure (one repaint of the same layers). */
    baselineMap?: MapLibreMap;
  }
}

function isCollection(value: unknown): value is GeometryCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'GeometryCollection'
  );
}

function isTransform(value: unknown): value is NonNullable<Topology['transform']> {
  return typeof value === 'object' && value !== null && 'scale' in value && 'translate' in value;
}

// Just enough checking to fail with a clear message instead of a MapLibre stack trace.
function parseTopology(json: unknown) {
  if (typeof json !== 'object' || json === null)
    throw new Error('data/boundaries.json is not an object');
  const arcs: unknown = Reflect.get(json, 'arcs');
  const objects: unknown = Reflect.get(json, 'objects');
  const transform: unknown = Reflect.get(json, 'transform');
  if (!Array.isArray(arcs) || typeof objects !== 'object' || objects === null) {
    throw new Error('data/boundaries.json is not a TopoJSON topology');
  }
  const get = (name: string): GeometryCollection => {
    const object: unknown = Reflect.get(objects, name);
    if (!isCollection(object)) throw new Error(`data/boundaries.json: object "${name}" is missing`);
    return object;
  };
  const collections = {
    provinces: get('provinces'),
    regions: get('regions'),
    neighbours: get('neighbours'),
    boundaryLines: get('boundaryLines'),
    rivers: get('rivers'),
    lakes: get('lakes'),
  };
  const topology: Topology = {
    type: 'Topology',
    arcs,
    objects: collections,
    ...(isTransform(transform) ? { transform } : {}),
  };
  return { topology, objects: collections };
}

// The same layers, order and colours as the atlas's polygon layers (src/map/style.ts), without labels, arcs or points.
export const BOUNDARY_LAYERS: LayerSpecification[] = [
  { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#ecebe6' } },
  {
    id: 'neighbours-line',
    type: 'line',
    source: 'neighbours',
    paint: { 'line-color': '#d3d1ca', 'line-width': 0.6 },
  },
  { id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': '#f7f5f0' } },
  {
    id: 'regions-fill-prefecture',
    type: 'fill',
    source: 'regions',
    filter: ['==', ['get', 'level'], 'prefecture'],
    paint: { 'fill-color': '#86bcb0', 'fill-opacity': 0.85 },
  },
  {
    id: 'regions-fill-county',
    type: 'fill',
    source: 'regions',
    filter: ['==', ['get', 'level'], 'county'],
    paint: { 'fill-color': '#86bcb0', 'fill-opacity': 0.95 },
  },
  { id: 'lakes-fill', type: 'fill', source: 'lakes', paint: { 'fill-color': '#cfdeea' } },
  {
    id: 'rivers-line',
    type: 'line',
    source: 'rivers',
    paint: { 'line-color': '#b5cadb', 'line-width': 0.8 },
  },
  {
    id: 'regions-line',
    type: 'line',
    source: 'regions',
    paint: { 'line-color': '#ffffff', 'line-width': 0.6 },
  },
  {
    id: 'province-borders',
    type: 'line',
    source: 'province-borders',
    paint: { 'line-color': '#c8c2b8', 'line-width': 0.7 },
  },
  {
    id: 'country-outline',
    type: 'line',
    source: 'country-outline',
    paint: { 'line-color': '#9d968b', 'line-width': 1 },
  },
  {
    id: 'boundary-lines',
    type: 'line',
    source: 'boundary-lines',
    paint: { 'line-color': '#8a8178', 'line-width': 1, 'line-dasharray': [5, 2.5] },
  },
];

/**
 * Starts the bare map with the boundaries, calls `addMore` once they are added (sources and
 * layers of its own), and resolves two frames after the first `idle` with all of it drawn
 * (then its last frame is on screen), as `window.atlas.ready` does.
 */
export async function startBareMap(
  addMore?: (map: MapLibreMap) => Promise<void> | void,
): Promise<void> {
  setWorkerUrl(workerUrl);
  const map = new MapLibreMap({
    container: 'map',
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#dbe6ee' } }],
    },
    center: [104, 33],
    zoom: 3,
    renderWorldCopies: false,
    attributionControl: false,
    fadeDuration: 0,
  });
  window.baselineMap = map;
  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
  const response = await fetch('../data/boundaries.json');
  if (!response.ok) throw new Error(`data/boundaries.json answered HTTP ${response.status}`);
  const { topology, objects } = parseTopology(await response.json());
  await loaded;
  const sources = {
    neighbours: feature(topology, objects.neighbours),
    provinces: feature(topology, objects.provinces),
    regions: feature(topology, objects.regions),
    lakes: feature(topology, objects.lakes),
    rivers: feature(topology, objects.rivers),
    'boundary-lines': feature(topology, objects.boundaryLines),
    'province-borders': mesh(topology, objects.provinces, (a, b) => a !== b),
    'country-outline': mesh(topology, objects.provinces, (a, b) => a === b),
  };
  for (const [id, data] of Object.entries(sources)) map.addSource(id, { type: 'geojson', data });
  for (const layer of BOUNDARY_LAYERS) map.addLayer(layer);
  await addMore?.(map);
  map.fitBounds(
    [
      [73.5, 18],
      [135.1, 53.6],
    ],
    { animate: false, padding: 24 },
  );
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  // As the atlas does: two frames after idle the last frame is on screen.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
