/**
 * The geometry and names the map draws regions and links with: curved arcs, label
 * names, region points, activity shares. Features carry ids, numbers and short
 * strings only; anything richer is looked up in the atlas by id (see DESIGN.md,
 * "Flat map features"). Which links are drawn, merged or not, is the map model's
 * rule (`mapmodel/flowLayout.ts`).
 */
import type { Feature, Point } from 'geojson';
import type { AtlasIndex } from './atlasIndex';
import type { Level, Region, RegionId } from './schema';
import type { FilteredView } from './select';

/** Properties of a region point (marker and label): 0 province, 1 prefecture, 2 county. */
export interface RegionPointProps {
  readonly id: RegionId;
  readonly level: 0 | 1 | 2;
  readonly activity: number;
  readonly nameZh: string;
  readonly nameEn: string;
  /** 1 when the point stands for the region and everything in it (a merged flow end). */
  readonly deep: 0 | 1;
  /** 1 when a marker circle is drawn: prefectures, counties and merged places. */
  readonly marker: 0 | 1;
}

/** Activity of one region for `feature-state`: the event count and its share of the busiest region. */
export interface RegionActivity {
  readonly activity: number;
  /** `activity / max activity`, 0–1; 0 when nothing is active. */
  readonly shade: number;
}

/** A west-south / east-north box in lon/lat. */
export type LonLatBounds = readonly [readonly [number, number], readonly [number, number]];

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

const shown = new WeakMap<FilteredView, readonly RegionId[]>();

/**
 * The involved regions plus every ancestor of one, sorted by id. Kept per view: the map,
 * its features and the region list ask for the same view's.
 */
export function shownRegions(index: AtlasIndex, view: FilteredView): readonly RegionId[] {
  const known = shown.get(view);
  if (known) return known;
  const ids = new Set<RegionId>();
  for (const id of view.involved) {
    if (!index.regionById.has(id)) continue;
    ids.add(id);
    index.ancestors.get(id)?.forEach((a) => ids.add(a));
  }
  const sorted = [...ids].sort();
  shown.set(view, sorted);
  return sorted;
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

/** A region's point feature (marker and label); `deep` marks a place drawn with everything in it. */
export function pointFeature(
  region: Region,
  activity: number,
  deep = false,
): Feature<Point, RegionPointProps> {
  const names = labelNames(region);
  const level = LEVEL_NUMBER[region.level];
  return {
    type: 'Feature',
    id: region.id,
    properties: {
      id: region.id,
      level,
      activity,
      nameZh: names.zh,
      nameEn: names.en,
      deep: deep ? 1 : 0,
      marker: deep || level >= 1 ? 1 : 0,
    },
    geometry: { type: 'Point', coordinates: [region.point[0], region.point[1]] },
  };
}

/**
 * Per-region activity with each region's share of the busiest (for the shading ramps).
 * Read by id only, so in the view's order (sorting 1,000 ids with `localeCompare` cost
 * about 2.5 ms a change at 10k).
 */
export function activityShares(view: FilteredView): Map<RegionId, RegionActivity> {
  let max = 0;
  view.activity.forEach((n) => (max = Math.max(max, n)));
  const activity = new Map<RegionId, RegionActivity>();
  for (const [id, n] of view.activity) {
    if (n > 0) activity.set(id, { activity: n, shade: Math.round((n / max) * 1000) / 1000 });
  }
  return activity;
}

/** Box around the points of the involved regions, or null when none is involved. */
export function involvedBounds(index: AtlasIndex, view: FilteredView): LonLatBounds | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id of view.involved) {
    const p = index.regionById.get(id)?.point;
    if (!p) continue;
    [w, s, e, n] = [Math.min(w, p[0]), Math.min(s, p[1]), Math.max(e, p[0]), Math.max(n, p[1])];
  }
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}
