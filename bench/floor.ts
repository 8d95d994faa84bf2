/**
 * The equal-content floor: the bare map of `baseline.html` plus what the atlas's first
 * view draws, as plain GeoJSON: its flows as lines, its points as circles and the labels
 * it rendered, read from `window.atlas.mapSnapshot()` by the benchmark and written to
 * `floor/<data>.json` (`?data=seeds|synthetic|realistic`). No aggregation, no placement,
 * no app: the least a MapLibre page showing the same picture costs, for the load ratio.
 */
import type { FeatureCollection } from 'geojson';
import { startBareMap } from './bareMap';

function isCollection(value: unknown): value is FeatureCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    Reflect.get(value, 'type') === 'FeatureCollection' &&
    Array.isArray(Reflect.get(value, 'features'))
  );
}

async function floorData(name: string) {
  const response = await fetch(`./floor/${name}.json`);
  if (!response.ok) throw new Error(`floor/${name}.json answered HTTP ${response.status}`);
  // A missing file comes back as the app's index.html from a single-page server.
  const json: unknown = await response.json().catch(() => {
    throw new Error(
      `floor/${name}.json is missing or not JSON: run npm run bench, which writes it`,
    );
  });
  const flows: unknown = typeof json === 'object' && json ? Reflect.get(json, 'flows') : null;
  const points: unknown = typeof json === 'object' && json ? Reflect.get(json, 'points') : null;
  if (!isCollection(flows) || !isCollection(points)) {
    throw new Error(`floor/${name}.json: flows and points must be GeoJSON FeatureCollections`);
  }
  return { flows, points };
}

// The atlas's label font, as the atlas loads it, so labels cost the same to draw.
async function labelFont(): Promise<void> {
  const face = new FontFace('Atlas Labels', 'url("../fonts/atlas-labels.woff2") format("woff2")');
  document.fonts.add(face);
  await face.load().catch(() => undefined);
}

const name = new URLSearchParams(location.search).get('data') ?? '';
const data = /^[a-z]+$/.test(name)
  ? floorData(name)
  : Promise.reject(new Error(`floor.html needs ?data=<name>, not "${name}"`));
const font = labelFont();

window.baselineReady = startBareMap(async (map) => {
  const { flows, points } = await data;
  await font;
  map.addSource('floor-flows', { type: 'geojson', data: flows });
  map.addSource('floor-points', { type: 'geojson', data: points });
  map.addLayer({
    id: 'floor-flows',
    type: 'line',
    source: 'floor-flows',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#e0662b', 'line-width': 1.5, 'line-opacity': 0.8 },
  });
  map.addLayer({
    id: 'floor-points',
    type: 'circle',
    source: 'floor-points',
    paint: {
      'circle-color': '#1f4f4a',
      'circle-radius': 4,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
  map.addLayer({
    id: 'floor-labels',
    type: 'symbol',
    source: 'floor-points',
    filter: ['has', 'benchLabel'],
    layout: {
      'text-field': ['get', 'benchLabel'],
      'text-font': ['Atlas Labels'],
      'text-size': 12,
      'text-anchor': 'left',
      'text-offset': [0.7, 0],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#2b2b2b', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
  });
});
