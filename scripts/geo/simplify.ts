/**
 * Topology-preserving simplification with a different detail per object.
 *
 * topojson-simplify's `simplify` applies one weight threshold to every arc. Here each
 * object keeps its own fraction of points (provinces 8%, prefectures and counties 15% …);
 * an arc shared by two objects takes the finer threshold, so shared borders stay one
 * arc and neighbours still meet exactly. Rings never collapse: every polygon ring keeps
 * at least `minRingVertices` vertices, its orientation and half its area (the South China
 * Sea islands and atolls are tiny rings).
 */
import type { GeometryObject, Properties, Topology } from 'topojson-specification';
import { presimplify } from 'topojson-simplify';
import type { LonLat } from './geometry';
import { ringArea } from './geometry';

/** The arcs of one polygon ring or one line, as TopoJSON arc indexes (negative = reversed). */
type ArcList = number[];

/** Every ring/line arc list of a geometry object, with whether it is a polygon ring. */
export function arcLists(geometry: GeometryObject<Properties>): { arcs: ArcList; ring: boolean }[] {
  switch (geometry.type) {
    case 'GeometryCollection':
      return geometry.geometries.flatMap(arcLists);
    case 'LineString':
      return [{ arcs: geometry.arcs, ring: false }];
    case 'MultiLineString':
      return geometry.arcs.map((arcs) => ({ arcs, ring: false }));
    case 'Polygon':
      return geometry.arcs.map((arcs) => ({ arcs, ring: true }));
    case 'MultiPolygon':
      return geometry.arcs.flatMap((polygon) => polygon.map((arcs) => ({ arcs, ring: true })));
    default:
      return [];
  }
}

const arcIndex = (i: number) => (i < 0 ? ~i : i);

/** The weight below which points are dropped so that a fraction `keep` of `weights` stays. */
export function keepThreshold(weights: number[], keep: number): number {
  const sorted = weights.filter(Number.isFinite).sort((a, b) => b - a);
  if (sorted.length === 0 || keep >= 1) return 0;
  if (keep <= 0) return Infinity;
  const h = (sorted.length - 1) * keep;
  const i = Math.floor(h);
  const a = sorted[i] ?? 0;
  const b = sorted[i + 1] ?? a;
  return a + (b - a) * (h - i);
}

/**
 * Simplifies `topology` (unquantized) keeping, for each object named in `keep`, that
 * fraction of its non-endpoint points (Visvalingam weights). Objects not named keep all.
 */
export function simplifyByObject(
  topology: Topology,
  keep: Record<string, number>,
  minRingVertices = 4,
): Topology {
  // presimplify only reads the arcs; its typings reject objects with null properties.
  const pre = presimplify({ type: 'Topology', arcs: topology.arcs, objects: {} });
  const weightOf = (arc: number, k: number): number => pre.arcs[arc]?.[k]?.[2] ?? Infinity;
  const threshold = new Array<number>(pre.arcs.length).fill(Infinity);
  const rings: ArcList[] = [];

  for (const [name, object] of Object.entries(topology.objects)) {
    const lists = arcLists(object);
    const used = new Set(lists.flatMap((l) => l.arcs.map(arcIndex)));
    const weights = [...used].flatMap((a) => (pre.arcs[a] ?? []).map((p) => p[2] ?? Infinity));
    const t = keepThreshold(weights, keep[name] ?? 1);
    for (const a of used) threshold[a] = Math.min(threshold[a] ?? Infinity, t);
    for (const l of lists) if (l.ring) rings.push(l.arcs);
  }

  const kept = (arc: number, k: number) => weightOf(arc, k) >= (threshold[arc] ?? 0);
  for (const ring of rings) protectRing(ring, pre, kept, minRingVertices);

  return {
    type: 'Topology',
    ...(topology.bbox ? { bbox: topology.bbox } : {}),
    objects: topology.objects,
    arcs: pre.arcs.map((arc, a) =>
      arc.filter((_, k) => kept(a, k)).map((p) => [p[0] ?? 0, p[1] ?? 0]),
    ),
  };
}

/** The coordinates of a ring from its arcs, keeping the points `kept` accepts. */
function ringCoordinates(
  ring: ArcList,
  pre: Topology,
  kept: (arc: number, k: number) => boolean,
): LonLat[] {
  const out: LonLat[] = [];
  for (const i of ring) {
    const a = arcIndex(i);
    const points = (pre.arcs[a] ?? [])
      .filter((_, k) => kept(a, k))
      .map((p): LonLat => [p[0] ?? 0, p[1] ?? 0]);
    if (i < 0) points.reverse();
    out.push(...(out.length ? points.slice(1) : points));
  }
  return out;
}

/**
 * Marks the heaviest dropped points of a ring as kept until the ring has `min` vertices,
 * keeps its orientation and at least half its area: a coral atoll simplified to four
 * points can otherwise turn inside out (and then covers the whole globe in d3-geo).
 */
function protectRing(
  ring: ArcList,
  pre: Topology,
  kept: (arc: number, k: number) => boolean,
  min: number,
): void {
  const original = ringArea(ringCoordinates(ring, pre, () => true));
  const dropped: { arc: number; k: number; w: number }[] = [];
  for (const a of new Set(ring.map(arcIndex))) {
    (pre.arcs[a] ?? []).forEach((p, k) => {
      if (!kept(a, k)) dropped.push({ arc: a, k, w: p[2] ?? 0 });
    });
  }
  dropped.sort((x, y) => y.w - x.w);
  let next = 0;
  for (;;) {
    const coords = ringCoordinates(ring, pre, kept);
    const area = ringArea(coords);
    const good =
      coords.length - 1 >= min &&
      Math.sign(area) === Math.sign(original) &&
      Math.abs(area) >= 0.5 * Math.abs(original);
    if (good || next >= dropped.length) return;
    const batch = Math.max(1, min - (coords.length - 1), Math.ceil((dropped.length - next) / 10));
    for (const d of dropped.slice(next, next + batch)) {
      const point = pre.arcs[d.arc]?.[d.k];
      if (point) point[2] = Infinity;
    }
    next += batch;
  }
}
