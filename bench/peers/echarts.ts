/**
 * The first-paint peer: the atlas's map the way a Chinese dashboard usually
 * draws it, with ECharts (geo + lines + scatter, canvas renderer, only the
 * modules it uses). It loads the same `data/boundaries.json` and
 * `data/atlas.json`, registers the neighbours, provinces and regions as one
 * GeoJSON map in a Mercator projection, shades the regions by event count,
 * and draws the links as curved lines and the involved places as labelled
 * points. `window.peerFirstRender` is the time (ms since navigation start) of
 * ECharts' first `finished` event, i.e. the first complete frame.
 */
import { geoMercator } from 'd3-geo';
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

echarts.use([GeoComponent, LinesChart, ScatterChart, CanvasRenderer]);

declare global {
  interface Window {
    peerFirstRender?: number;
    peerError?: string;
  }
}

interface Region {
  id: string;
  name: { zh: string };
  point: [number, number];
  parent: string | null;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isCollection(value: unknown): value is GeometryCollection {
  return isObject(value) && 'type' in value && value.type === 'GeometryCollection';
}

function field(value: unknown, name: string): unknown {
  return isObject(value) && name in value ? Reflect.get(value, name) : undefined;
}

// Just enough checking to fail with a clear message.
function topology(json: unknown): { topo: Topology; get: (name: string) => GeometryCollection } {
  const arcs = field(json, 'arcs');
  const objects = field(json, 'objects');
  const transform = field(json, 'transform');
  if (!Array.isArray(arcs) || !isObject(objects))
    throw new Error('data/boundaries.json is not a TopoJSON topology');
  const get = (name: string): GeometryCollection => {
    const object = field(objects, name);
    if (!isCollection(object)) throw new Error(`data/boundaries.json: object "${name}" is missing`);
    return object;
  };
  const collections = {
    provinces: get('provinces'),
    regions: get('regions'),
    neighbours: get('neighbours'),
  };
  const scale = field(transform, 'scale');
  const translate = field(transform, 'translate');
  const bbox = field(json, 'bbox');
  const topo: Topology = {
    type: 'Topology',
    arcs,
    objects: collections,
    ...(Array.isArray(bbox) && bbox.length === 4
      ? { bbox: [Number(bbox[0]), Number(bbox[1]), Number(bbox[2]), Number(bbox[3])] }
      : {}),
    ...(Array.isArray(scale) && Array.isArray(translate)
      ? {
          transform: {
            scale: [Number(scale[0]), Number(scale[1])],
            translate: [Number(translate[0]), Number(translate[1])],
          },
        }
      : {}),
  };
  return { topo, get };
}

function regionsOf(atlas: unknown): Region[] {
  const list = field(atlas, 'regions');
  if (!Array.isArray(list)) throw new Error('data/atlas.json has no regions');
  return list.flatMap((r: unknown): Region[] => {
    const id = field(r, 'id');
    const zh = field(field(r, 'name'), 'zh');
    const point = field(r, 'point');
    const parent = field(r, 'parent');
    if (typeof id !== 'string' || typeof zh !== 'string' || !Array.isArray(point)) return [];
    return [
      {
        id,
        name: { zh },
        point: [Number(point[0]), Number(point[1])],
        parent: typeof parent === 'string' ? parent : null,
      },
    ];
  });
}

function partiesOf(atlas: unknown): string[][] {
  const events = field(atlas, 'events');
  if (!Array.isArray(events)) throw new Error('data/atlas.json has no events');
  return events.map((e: unknown) => {
    const parties = field(e, 'parties');
    return Array.isArray(parties) ? parties.filter((p): p is string => typeof p === 'string') : [];
  });
}

type Area = Feature<Polygon | MultiPolygon, { name: string }>;

// ECharts maps take polygons named by `properties.name`: the gazetteer id, or a made-up one for neighbours.
function named(collection: FeatureCollection, prefix: string): Area[] {
  return collection.features.flatMap((f, i): Area[] => {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return [];
    const id = field(f.properties, 'id');
    return [
      {
        type: 'Feature',
        geometry: g,
        properties: { name: typeof id === 'string' ? id : `${prefix}${i}` },
      },
    ];
  });
}

async function main(): Promise<void> {
  const [boundaries, atlas] = await Promise.all(
    ['../../data/boundaries.json', '../../data/atlas.json'].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
      const json: unknown = await response.json();
      return json;
    }),
  );
  const { topo, get } = topology(boundaries);
  const map: FeatureCollection<Polygon | MultiPolygon, { name: string }> = {
    type: 'FeatureCollection',
    features: [
      ...named(feature(topo, get('neighbours')), 'neighbour-'),
      ...named(feature(topo, get('provinces')), 'province-'),
      ...named(feature(topo, get('regions')), 'region-'),
    ],
  };
  const regions = new Map(regionsOf(atlas).map((r) => [r.id, r]));
  const activity = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const parties of partiesOf(atlas)) {
    for (const p of parties) {
      for (let id: string | null = p; id; id = regions.get(id)?.parent ?? null)
        activity.set(id, (activity.get(id) ?? 0) + 1);
    }
    const sorted = [...new Set(parties)].sort();
    sorted.forEach((a, i) =>
      sorted.slice(i + 1).forEach((b) => pairs.set(`${a}~${b}`, (pairs.get(`${a}~${b}`) ?? 0) + 1)),
    );
  }
  const max = Math.max(1, ...activity.values());
  const involved = [...activity.keys()].flatMap((id) => {
    const r = regions.get(id);
    return r ? [r] : [];
  });

  const mercator = geoMercator();
  const project = (p: number[]) => mercator([p[0] ?? 0, p[1] ?? 0]) ?? [0, 0];
  const xs = involved.map((r) => project(r.point));
  const [minX, maxX] = [Math.min(...xs.map((p) => p[0])), Math.max(...xs.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...xs.map((p) => p[1])), Math.max(...xs.map((p) => p[1]))];
  // The registered map spans the boundaries' extent (their bbox); zoom in on the involved regions.
  const [west, south, east, north] = topo.bbox ?? [];
  if (west === undefined || south === undefined || east === undefined || north === undefined)
    throw new Error('boundaries.json has no bbox');
  const [x0, y0] = project([west, south]);
  const [x1, y1] = project([east, north]);

  echarts.registerMap('atlas', map);
  const element = document.getElementById('chart');
  if (!element) throw new Error('no #chart element');
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.on('finished', () => {
    window.peerFirstRender ??= performance.now();
  });
  chart.setOption({
    animation: false,
    backgroundColor: '#dbe6ee',
    geo: {
      map: 'atlas',
      roam: true,
      projection: {
        project,
        unproject: (p: number[]) => mercator.invert?.([p[0] ?? 0, p[1] ?? 0]) ?? [0, 0],
      },
      center: [(minX + maxX) / 2, (minY + maxY) / 2],
      zoom:
        Math.min((x1 - x0) / Math.max(maxX - minX, 1e-6), (y0 - y1) / Math.max(maxY - minY, 1e-6)) *
        0.75,
      itemStyle: { areaColor: '#f7f5f0', borderColor: '#c8c2b8', borderWidth: 0.6 },
      emphasis: { itemStyle: { areaColor: '#d3e7e1' }, label: { show: false } },
      label: { show: false },
      regions: [
        ...map.features.flatMap((f) => {
          const name = String(field(f.properties, 'name'));
          return name.startsWith('neighbour-')
            ? [{ name, itemStyle: { areaColor: '#ecebe6', borderColor: '#d3d1ca' }, silent: true }]
            : [];
        }),
        ...[...activity].map(([name, n]) => ({
          name,
          itemStyle: { areaColor: echarts.color.lerp(n / max, ['#e9f2ef', '#8bbfb3']) },
        })),
      ],
    },
    series: [
      {
        type: 'lines',
        coordinateSystem: 'geo',
        lineStyle: { color: '#e06a2c', curveness: 0.2, opacity: 0.8 },
        data: [...pairs].flatMap(([key, n]) => {
          const [a, b] = key.split('~').map((id) => regions.get(id ?? ''));
          return a && b
            ? [{ coords: [a.point, b.point], lineStyle: { width: Math.min(7, 1 + n) } }]
            : [];
        }),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: (value: number[]) => 6 + Math.sqrt(value[2] ?? 0) * 2,
        itemStyle: { color: '#1f4d48', borderColor: '#fff', borderWidth: 1.5 },
        label: {
          show: true,
          position: 'right',
          formatter: '{b}',
          color: '#1d2b2a',
          fontSize: 12,
          textBorderColor: '#fff',
          textBorderWidth: 2,
        },
        labelLayout: { hideOverlap: true },
        data: involved.map((r) => ({
          name: r.name.zh,
          value: [...r.point, activity.get(r.id) ?? 0],
        })),
      },
    ],
  });
}

main().catch((error: unknown) => {
  window.peerError = error instanceof Error ? error.message : String(error);
  console.error(`echarts peer: ${window.peerError}`);
});
