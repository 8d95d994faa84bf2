/**
 * Flat GeoJSON for both renderers from a flow layout: one arc per drawn flow (merged or
 * a single link), an arrow on directed flows, one point per place the layout shows, and
 * quiet labels for the other provinces. Features carry ids, numbers and short strings only.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasIndex } from '../domain/atlasIndex';
import {
  activityShares,
  involvedBounds,
  linkArc,
  pointFeature,
  shownRegions,
  type Arc,
  type LonLatBounds,
  type RegionActivity,
  type RegionPointProps,
} from '../domain/mapFeatures';
import type { RegionId } from '../domain/schema';
import type { FilteredView } from '../domain/select';
import { endOf, type Flow } from './flows';
import type { FlowLayout } from './flowLayout';

/** Properties of a flow's arc. `key` is the flow id (a link's id when it holds one link). */
export interface FlowArcProps {
  readonly key: string;
  /** Distinct events it holds: the draw order (busier on top). */
  readonly count: number;
  /** Its events as a share of the busiest drawn flow's, 0–1: the width. */
  readonly weight: number;
  readonly links: number;
  readonly directed: 0 | 1;
  /** 1 when it merges several links or places. */
  readonly merged: 0 | 1;
}

/** Properties of the arrow drawn on a directed flow; `bearing` in degrees clockwise from north. */
export interface FlowArrowProps {
  readonly key: string;
  readonly count: number;
  readonly weight: number;
  readonly bearing: number;
}

/**
 * What the layout leaves undrawn on screen: flows beyond the budget and the links they hold;
 * `passing` of those flows have no end in view (they pass over it between places outside).
 */
export interface Weaker {
  readonly flows: number;
  readonly links: number;
  readonly passing: number;
}

/** Everything the map draws of one view at one camera. */
export interface MapFeatures {
  readonly arcs: FeatureCollection<LineString, FlowArcProps>;
  readonly arrows: FeatureCollection<Point, FlowArrowProps>;
  readonly points: FeatureCollection<Point, RegionPointProps>;
  /**
   * Every region the view involves, with its ancestors, sorted: their polygons are shaded and
   * can be clicked, also where a merged place stands for them on the map.
   */
  readonly regions: readonly RegionId[];
  /** Quiet labels for the atlas's provinces that are not among `points`. */
  readonly provinceLabels: FeatureCollection<Point, RegionPointProps>;
  /** Per-region activity under the filters, for every region with at least one event. */
  readonly activity: ReadonlyMap<RegionId, RegionActivity>;
  /** Box around the points of the involved regions, or null when none is involved. */
  readonly bounds: LonLatBounds | null;
  readonly weaker: Weaker;
}

/** Arcs already drawn, per atlas, by `from>to` region ids: a flow's curve never changes. */
const arcsByIndex = new WeakMap<AtlasIndex, Map<string, Arc>>();
const ARCS_KEPT = 4000;

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

function isMerged(flow: Flow): boolean {
  return flow.a.deep || flow.b.deep || flow.links.length > 1;
}

function flowFeatures(index: AtlasIndex, drawn: readonly Flow[]) {
  const arcs: Feature<LineString, FlowArcProps>[] = [];
  const arrows: Feature<Point, FlowArrowProps>[] = [];
  const max = Math.max(1, ...drawn.map((f) => f.events));
  for (const flow of drawn) {
    const from = flow.direction?.from ?? flow.a.id;
    const to = flow.direction?.to ?? flow.b.id;
    const arc = arcBetween(index, from, to);
    if (!arc) continue;
    const count = flow.events;
    const weight = Math.round((count / max) * 1000) / 1000;
    arcs.push({
      type: 'Feature',
      id: flow.id,
      properties: {
        key: flow.id,
        count,
        weight,
        links: flow.links.length,
        directed: flow.direction ? 1 : 0,
        merged: isMerged(flow) ? 1 : 0,
      },
      geometry: { type: 'LineString', coordinates: arc.coordinates },
    });
    if (flow.direction) {
      arrows.push({
        type: 'Feature',
        id: flow.id,
        properties: { key: flow.id, count, weight, bearing: arc.marker.bearing },
        geometry: { type: 'Point', coordinates: arc.marker.point },
      });
    }
  }
  return {
    arcs: { type: 'FeatureCollection' as const, features: arcs },
    arrows: { type: 'FeatureCollection' as const, features: arrows },
  };
}

/** The places drawn: every shown region that is its own end under the cut, plus the drawn flows' ends. */
function placePoints(index: AtlasIndex, view: FilteredView, layout: FlowLayout) {
  const ends = new Map<RegionId, boolean>();
  for (const f of layout.drawn) for (const e of [f.a, f.b]) ends.set(e.id, e.deep);
  for (const id of shownRegions(index, view)) {
    const end = endOf(index, layout.cut, id);
    if (end.id === id && !ends.has(id)) ends.set(id, end.deep);
  }
  const points: Feature<Point, RegionPointProps>[] = [];
  // In code-unit order of the ids: any fixed order serves (the renderers place by priority),
  // and `localeCompare` on 1,000 places cost milliseconds a change at 10k.
  for (const id of [...ends.keys()].sort()) {
    const region = index.regionById.get(id);
    if (region) points.push(pointFeature(region, view.activity.get(id) ?? 0, ends.get(id)));
  }
  return points;
}

/** Builds what the map draws of `view` under `layout`. Pure: same inputs, equal output. */
export function buildMapFeatures(
  index: AtlasIndex,
  view: FilteredView,
  layout: FlowLayout,
): MapFeatures {
  const points = placePoints(index, view, layout);
  const regions = shownRegions(index, view);
  const shown = new Set(regions);
  const provinceLabels = index.atlas.regions
    .filter((r) => r.level === 'province' && !shown.has(r.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => pointFeature(r, 0));
  return {
    ...flowFeatures(index, layout.drawn),
    points: { type: 'FeatureCollection', features: points },
    regions,
    provinceLabels: { type: 'FeatureCollection', features: provinceLabels },
    activity: activityShares(view),
    bounds: involvedBounds(index, view),
    weaker: {
      flows: layout.weaker.length + layout.passing.length,
      links: [...layout.weaker, ...layout.passing].reduce((n, f) => n + f.links.length, 0),
      passing: layout.passing.length,
    },
  };
}
