/**
 * Flat GeoJSON for the map, derived from the filtered view: link arcs, arrow
 * markers for directed links, and one point per involved region (and its
 * ancestors). Features carry ids, numbers and short strings only; anything
 * richer is looked up in the atlas by id (see DESIGN.md, "Flat map features").
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasIndex } from './atlasIndex';
import type { Level, Region, RegionId } from './schema';
import type { FilteredView, Link } from './select';

/** Properties of a link arc. `key` is the link id (`pairKey`), promoted to the feature id. */
export interface LinkArcProps {
  readonly key: string;
  readonly count: number;
  readonly directed: 0 | 1;
}

/** Properties of the arrow marker drawn on a directed link; `bearing` in degrees clockwise from north. */
export interface LinkArrowProps {
  readonly key: string;
  readonly count: number;
  readonly bearing: number;
}

/** Properties of a region point (marker and label): 0 province, 1 prefecture, 2 county. */
export interface RegionPointProps {
  readonly id: RegionId;
  readonly level: 0 | 1 | 2;
  readonly activity: number;
  readonly nameZh: string;
  readonly nameEn: string;
}

/** Activity of one region for `feature-state`: the event count and its share of the busiest region. */
export interface RegionActivity {
  readonly activity: number;
  /** `activity / max activity`, 0–1; 0 when nothing is active. */
  readonly shade: number;
}

/** A west-south / east-north box in lon/lat. */
export type LonLatBounds = readonly [readonly [number, number], readonly [number, number]];

/** Everything the map draws from one filtered view. A new object per view, stable per view. */
export interface MapFeatures {
  readonly arcs: FeatureCollection<LineString, LinkArcProps>;
  readonly arrows: FeatureCollection<Point, LinkArrowProps>;
  readonly points: FeatureCollection<Point, RegionPointProps>;
  /** Quiet labels for the atlas's provinces that are not among `points`. */
  readonly provinceLabels: FeatureCollection<Point, RegionPointProps>;
  /** Per-region activity under the filters, for every region with at least one event. */
  readonly activity: ReadonlyMap<RegionId, RegionActivity>;
  /** Box around the points of the involved regions, or null when none is involved. */
  readonly bounds: LonLatBounds | null;
  /** Links of the view left off the map by {@link MAX_DRAWN_LINKS} (still in the panel, list and table). */
  readonly linksOmitted: number;
}

/**
 * At most this many arcs are drawn: the links with the most events. Past a few
 * thousand, arcs are an unreadable mat that costs seconds to draw; the panel,
 * the list and the table still hold every link.
 */
export const MAX_DRAWN_LINKS = 2000;

/** The links drawn on the map: all of them, or the {@link MAX_DRAWN_LINKS} with the most events (ties by id). */
export function drawnLinks(links: readonly Link[]): readonly Link[] {
  if (links.length <= MAX_DRAWN_LINKS) return links;
  return [...links]
    .sort((a, b) => b.events.length - a.events.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_DRAWN_LINKS);
}

/** Number of straight segments an arc is drawn with. */
export const ARC_SEGMENTS = 32;
/** How far the arc's control point sits from the chord, as a share of the chord's length. */
export const ARC_BEND = 0.2;
/** Where along a directed arc (0 = source, 1 = target) its arrow sits. */
export const ARROW_AT = 0.6;

const LEVEL_NUMBER: Record<Level, 0 | 1 | 2> = { province: 0, prefecture: 1, county: 2 };
const RAD = Math.PI / 180;

// Arcs are bent in Web Mercator so they look like even curves on the map, then sampled back to lon/lat.
function toMercator([lon, lat]: readonly [number, number]): [number, number] {
  return [lon * RAD, Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
}

function fromMercator([x, y]: readonly [number, number]): [number, number] {
  return [round(x / RAD), round((2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD)];
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** A curved arc between two lon/lat points, plus the point and bearing at a share `at` along it. */
export interface Arc {
  readonly coordinates: [number, number][];
  readonly marker: { readonly point: [number, number]; readonly bearing: number };
}

/**
 * A quadratic Bézier from `from` to `to` whose control point is offset from the
 * chord's middle by {@link ARC_BEND} of its length. The bend always goes to the
 * left of the chord taken west to east (so most arcs bow northwards), whichever
 * end the arc starts from: two links never bend differently because of their order.
 */
export function linkArc(
  from: readonly [number, number],
  to: readonly [number, number],
  at: number = ARROW_AT,
): Arc {
  const p0 = toMercator(from);
  const p2 = toMercator(to);
  const westFirst = p0[0] < p2[0] || (p0[0] === p2[0] && p0[1] <= p2[1]);
  const [w, e] = westFirst ? [p0, p2] : [p2, p0];
  const dx = e[0] - w[0];
  const dy = e[1] - w[1];
  const bend = ARC_BEND;
  const c: [number, number] = [(p0[0] + p2[0]) / 2 - dy * bend, (p0[1] + p2[1]) / 2 + dx * bend];
  const pointAt = (t: number): [number, number] => {
    const u = 1 - t;
    return [
      u * u * p0[0] + 2 * u * t * c[0] + t * t * p2[0],
      u * u * p0[1] + 2 * u * t * c[1] + t * t * p2[1],
    ];
  };
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= ARC_SEGMENTS; i++) coordinates.push(fromMercator(pointAt(i / ARC_SEGMENTS)));
  // Tangent of the Bézier at `at`: 2(1-t)(c-p0) + 2t(p2-c).
  const tx = 2 * (1 - at) * (c[0] - p0[0]) + 2 * at * (p2[0] - c[0]);
  const ty = 2 * (1 - at) * (c[1] - p0[1]) + 2 * at * (p2[1] - c[1]);
  const bearing = Math.round(((Math.atan2(tx, ty) / RAD + 360) % 360) * 10) / 10;
  return { coordinates, marker: { point: fromMercator(pointAt(at)), bearing } };
}

/** Arcs already drawn, per atlas, by `from>to` region ids: a link's curve never changes. */
const arcsByIndex = new WeakMap<AtlasIndex, Map<string, Arc>>();
/** Enough for every drawn link of a few views; the oldest go first beyond it. */
const ARCS_KEPT = 3 * MAX_DRAWN_LINKS;

function arcBetween(index: AtlasIndex, fromId: RegionId, toId: RegionId): Arc | null {
  let arcs = arcsByIndex.get(index);
  if (!arcs) arcsByIndex.set(index, (arcs = new Map()));
  const key = `${fromId}>${toId}`;
  const known = arcs.get(key);
  if (known) return known;
  const from = index.regionById.get(fromId)?.point;
  const to = index.regionById.get(toId)?.point;
  if (!from || !to) return null;
  const arc = linkArc(from, to);
  if (arcs.size >= ARCS_KEPT) arcs.delete(arcs.keys().next().value ?? '');
  arcs.set(key, arc);
  return arc;
}

function arcFeatures(
  index: AtlasIndex,
  links: readonly Link[],
): Pick<MapFeatures, 'arcs' | 'arrows'> {
  const arcs: Feature<LineString, LinkArcProps>[] = [];
  const arrows: Feature<Point, LinkArrowProps>[] = [];
  for (const link of links) {
    const arc = arcBetween(index, link.direction?.from ?? link.a, link.direction?.to ?? link.b);
    if (!arc) continue;
    const count = link.events.length;
    arcs.push({
      type: 'Feature',
      id: link.id,
      properties: { key: link.id, count, directed: link.direction ? 1 : 0 },
      geometry: { type: 'LineString', coordinates: arc.coordinates },
    });
    if (link.direction) {
      arrows.push({
        type: 'Feature',
        id: link.id,
        properties: { key: link.id, count, bearing: arc.marker.bearing },
        geometry: { type: 'Point', coordinates: arc.marker.point },
      });
    }
  }
  return {
    arcs: { type: 'FeatureCollection', features: arcs },
    arrows: { type: 'FeatureCollection', features: arrows },
  };
}

/** The involved regions plus every ancestor of one, sorted by id. */
export function shownRegions(index: AtlasIndex, view: FilteredView): RegionId[] {
  const ids = new Set<RegionId>();
  for (const id of view.involved) {
    if (!index.regionById.has(id)) continue;
    ids.add(id);
    index.ancestors.get(id)?.forEach((a) => ids.add(a));
  }
  return [...ids].sort();
}

/** Chinese names longer than this are labelled with their first short form (阿坝藏族羌族自治州 → 阿坝州). */
export const MAX_LABEL_CHARS = 6;

/**
 * The names a region is labelled with on the map: provinces by their common
 * short form (四川, 内蒙古, 香港), as on China's standard maps; other regions by
 * their full name unless it is long. English names are used as they are.
 */
export function labelNames(region: Region): { zh: string; en: string } {
  const short = region.shortNames[0];
  const useShort =
    short && (region.level === 'province' || region.name.zh.length > MAX_LABEL_CHARS);
  return { zh: useShort ? short : region.name.zh, en: region.name.en };
}

function pointFeature(region: Region, activity: number): Feature<Point, RegionPointProps> {
  return {
    type: 'Feature',
    id: region.id,
    properties: {
      id: region.id,
      level: LEVEL_NUMBER[region.level],
      activity,
      nameZh: labelNames(region).zh,
      nameEn: labelNames(region).en,
    },
    geometry: { type: 'Point', coordinates: [region.point[0], region.point[1]] },
  };
}

/** Builds the map's features for one filtered view. Pure: same inputs, equal output. */
export function buildMapFeatures(index: AtlasIndex, view: FilteredView): MapFeatures {
  const shown = shownRegions(index, view);
  const points: Feature<Point, RegionPointProps>[] = [];
  for (const id of shown) {
    const region = index.regionById.get(id);
    if (region) points.push(pointFeature(region, view.activity.get(id) ?? 0));
  }
  const shownSet = new Set(shown);
  const provinceLabels = index.atlas.regions
    .filter((r) => r.level === 'province' && !shownSet.has(r.id))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => pointFeature(r, 0));

  let max = 0;
  view.activity.forEach((n) => (max = Math.max(max, n)));
  const activity = new Map<RegionId, RegionActivity>();
  for (const [id, n] of [...view.activity].sort(([a], [b]) => a.localeCompare(b))) {
    if (n > 0) activity.set(id, { activity: n, shade: Math.round((n / max) * 1000) / 1000 });
  }

  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id of view.involved) {
    const p = index.regionById.get(id)?.point;
    if (!p) continue;
    [w, s, e, n] = [Math.min(w, p[0]), Math.min(s, p[1]), Math.max(e, p[0]), Math.max(n, p[1])];
  }
  const bounds: LonLatBounds | null = Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;

  const links = drawnLinks(view.links);
  return {
    ...arcFeatures(index, links),
    linksOmitted: view.links.length - links.length,
    points: { type: 'FeatureCollection', features: points },
    provinceLabels: { type: 'FeatureCollection', features: provinceLabels },
    activity,
    bounds,
  };
}
