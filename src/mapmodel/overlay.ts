/**
 * What is drawn over the geography for one camera: flow arcs, arrow markers, place
 * markers and the placed labels, in screen pixels, from the map features and the layer
 * specs. Both maps draw it with the same SVG (`svgmap/SvgOverlay`): the SVG map over its
 * own geography, the WebGL map over MapLibre's. Pure: rebuilt on a camera, data,
 * language, theme, hover or selection change.
 */
import { arcPath, round } from './arcPaths';
import { spaceArrows } from './arrows';
import type { Box } from './boxGrid';
import { projectionFor, type Camera, type ViewSize } from './camera';
import {
  MARKER_ANCHORS,
  NAME_ANCHORS,
  placeLabels,
  type LabelCandidate,
  type Measure,
  type Obstacle,
  type PlacedLabel,
} from './labels';
import type { MapFeatures } from './mapFeatures';
import type { EvalContext } from './style/evaluate';
import { ctxOf, type SvgStyle } from './style/read';
import { PICK_LAYERS } from './style/sources';
import type { MapTarget } from './targets';

/** One link: its arc's path (and its points, for picking) and the casing, line and hit widths. */
export interface ArcShape {
  readonly key: string;
  readonly count: number;
  readonly d: string;
  readonly points: readonly (readonly [x: number, y: number])[];
  readonly casing: { readonly colour: string; readonly opacity: number; readonly width: number };
  readonly colour: string;
  readonly opacity: number;
  readonly width: number;
  readonly hitWidth: number;
}

/** The arrowhead of a directed link: position, bearing (degrees clockwise from north) and scale. */
export interface ArrowShape {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly bearing: number;
  readonly scale: number;
  readonly colour: string;
}

/** A region's marker (prefectures and counties have a circle; provinces only a label). */
export interface MarkerShape {
  readonly id: string;
  readonly level: 0 | 1 | 2;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly activity: number;
  readonly nameZh: string;
  readonly nameEn: string;
}

/** Everything over the geography, bottom to top. */
export interface Overlay {
  readonly arcs: readonly ArcShape[];
  readonly arrows: readonly ArrowShape[];
  readonly markers: readonly MarkerShape[];
  readonly labels: readonly PlacedLabel[];
}

/** What the overlay is built from. */
export interface OverlayInput {
  readonly features: MapFeatures;
  readonly camera: Camera;
  readonly size: ViewSize;
  readonly style: SvgStyle;
  readonly selected: MapTarget;
  readonly hovered: MapTarget;
  readonly measure: Measure;
  /** Parts of the view something else covers (an export's cards): no label goes under them. */
  readonly covered?: readonly Box[];
}

function flags(target: MapTarget, kind: 'region' | 'link', id: string, key: string) {
  return target?.kind === kind && target.id === id ? { [key]: true } : {};
}

function stateOf(input: OverlayInput, kind: 'region' | 'link', id: string) {
  return {
    ...flags(input.hovered, kind, id, 'hover'),
    ...flags(input.selected, kind, id, 'selected'),
  };
}

function selectedRegion(input: OverlayInput): string | null {
  return input.selected?.kind === 'region' ? input.selected.id : null;
}

/**
 * Evaluates `styleOf` once per distinct look: an arc's style expressions read its
 * properties and feature-state but never its `key` (the link's id), so arcs alike
 * but for their key share one evaluation (2,000 arcs come down to a few dozen).
 */
function linkStyles<T>(input: OverlayInput, styleOf: (ctx: EvalContext) => T) {
  const memo = new Map<string, T>();
  return (properties: { readonly key: string }): T => {
    const state = stateOf(input, 'link', properties.key);
    const look = JSON.stringify([{ ...properties, key: null }, state]);
    let style = memo.get(look);
    if (style === undefined) {
      style = styleOf(ctxOf(input.camera.zoom, properties, state));
      memo.set(look, style);
    }
    return style;
  };
}

function arcs(input: OverlayInput, project: (lon: number, lat: number) => [number, number]) {
  const { style } = input;
  const styleOf = linkStyles(input, (ctx) => ({
    casing: {
      colour: style.string('arcs-casing', 'line-color', ctx),
      opacity: style.number('arcs-casing', 'line-opacity', ctx),
      width: style.number('arcs-casing', 'line-width', ctx),
    },
    colour: style.string('arcs-line', 'line-color', ctx),
    opacity: style.number('arcs-line', 'line-opacity', ctx),
    width: style.number('arcs-line', 'line-width', ctx),
    hitWidth: style.number(PICK_LAYERS.arcs, 'line-width', ctx),
  }));
  const shapes: ArcShape[] = input.features.arcs.features.map((f) => {
    const { d, points } = arcPath(f.geometry.coordinates, input.camera, input.size, project);
    const { key, count } = f.properties;
    return { key, count, d, points, ...styleOf(f.properties) };
  });
  // `line-sort-key: count`: links with more events are drawn on top.
  return shapes.sort((a, b) => a.count - b.count || a.key.localeCompare(b.key));
}

/** Placing order of arrows: the selected link, then the hovered one, then the busiest. */
function arrowPriority(input: OverlayInput, key: string, count: number): number {
  if (input.selected?.kind === 'link' && input.selected.id === key) return -Infinity;
  if (input.hovered?.kind === 'link' && input.hovered.id === key) return -Number.MAX_VALUE;
  return -count;
}

function arrows(input: OverlayInput, project: (lon: number, lat: number) => [number, number]) {
  const priority = new Map<string, number>();
  const shapes = input.features.arrows.features.map((f): ArrowShape => {
    const { key, count, bearing } = f.properties;
    const ctx = ctxOf(input.camera.zoom, f.properties, stateOf(input, 'link', key));
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const [x, y] = project(lon, lat);
    priority.set(key, arrowPriority(input, key, count));
    return {
      key,
      x: round(x),
      y: round(y),
      bearing,
      scale: input.style.number('arrows', 'icon-size', ctx),
      colour: input.style.string('arrows', 'icon-color', ctx),
    };
  });
  const rank = (a: ArrowShape) => priority.get(a.key) ?? 0;
  const kept = new Set(
    spaceArrows([...shapes].sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key))),
  );
  // Drawn in the features' order (the busiest last, on top), as before the spacing.
  return shapes.filter((a) => kept.has(a));
}

function markers(input: OverlayInput, project: (lon: number, lat: number) => [number, number]) {
  const layer = PICK_LAYERS.points;
  return input.features.points.features.map((f): MarkerShape => {
    const p = f.properties;
    const ctx = ctxOf(input.camera.zoom, p, stateOf(input, 'region', p.id));
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const [x, y] = project(lon, lat);
    // The circle layer's filter: provinces have no circle, only their label.
    const circle = p.marker === 1;
    return {
      id: p.id,
      level: p.level,
      x: round(x),
      y: round(y),
      radius: circle ? input.style.number(layer, 'circle-radius', ctx) : 0,
      fill: input.style.string(layer, 'circle-color', ctx),
      stroke: input.style.string(layer, 'circle-stroke-color', ctx),
      strokeWidth: input.style.number(layer, 'circle-stroke-width', ctx),
      activity: p.activity,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
    };
  });
}

/** Label priority (lower first): the selected region, then the busiest. */
function sortKeyOf(m: MarkerShape, selected: string | null): number {
  return m.id === selected ? -Infinity : -m.activity;
}

function labelCandidates(input: OverlayInput, shown: readonly MarkerShape[]): LabelCandidate[] {
  const { style, camera } = input;
  const text = (zh: string, en: string) => (style.lang === 'zh' ? zh : en);
  const region = shown.map((m): LabelCandidate => {
    const ctx = ctxOf(camera.zoom, m, stateOf(input, 'region', m.id));
    const layer = PICK_LAYERS.labels;
    return {
      id: m.id,
      layer: 'region',
      text: text(m.nameZh, m.nameEn),
      x: m.x,
      y: m.y,
      size: style.number(layer, 'text-size', ctx),
      letterSpacing: 0,
      anchors: m.radius > 0 ? MARKER_ANCHORS : NAME_ANCHORS,
      padding: style.number(layer, 'text-padding', ctx),
      sortKey: sortKeyOf(m, selectedRegion(input)),
      selected: m.id === selectedRegion(input),
      colour: style.string(layer, 'text-color', ctx),
      halo: style.string(layer, 'text-halo-color', ctx),
      haloWidth: style.number(layer, 'text-halo-width', ctx),
    };
  });
  const project = projectionFor(camera, input.size);
  const quiet = input.features.provinceLabels.features.flatMap((f): LabelCandidate[] => {
    const xy = project([f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0]);
    if (!xy) return [];
    const ctx = ctxOf(camera.zoom, f.properties);
    const layer = 'province-labels';
    return [
      {
        id: f.properties.id,
        layer: 'province',
        text: text(f.properties.nameZh, f.properties.nameEn),
        x: round(xy[0]),
        y: round(xy[1]),
        size: style.number(layer, 'text-size', ctx),
        letterSpacing: style.number(layer, 'text-letter-spacing', ctx),
        anchors: [{ anchor: 'center', dx: 0, dy: 0 }],
        padding: style.number(layer, 'text-padding', ctx),
        sortKey: 0,
        colour: style.string(layer, 'text-color', ctx),
        halo: style.string(layer, 'text-halo-color', ctx),
        haloWidth: style.number(layer, 'text-halo-width', ctx),
      },
    ];
  });
  return [...region, ...quiet];
}

/** The markers' boxes: a label may not cover another place's marker. */
function obstacles(markers: readonly MarkerShape[]): Obstacle[] {
  return markers
    .filter((m) => m.radius > 0)
    .map((m) => ({
      id: m.id,
      box: [m.x - m.radius, m.y - m.radius, m.x + m.radius, m.y + m.radius] as const,
    }));
}

function projector(input: OverlayInput): (lon: number, lat: number) => [number, number] {
  const projection = projectionFor(input.camera, input.size);
  return (lon, lat) => projection([lon, lat]) ?? [NaN, NaN];
}

function labelsFor(input: OverlayInput, shown: readonly MarkerShape[]): PlacedLabel[] {
  return placeLabels(
    labelCandidates(input, shown),
    input.size,
    input.measure,
    obstacles(shown),
    input.covered,
  );
}

/** Builds the overlay for one camera and state. */
export function buildOverlay(input: OverlayInput): Overlay {
  const project = projector(input);
  const shown = markers(input, project);
  return {
    arcs: arcs(input, project),
    arrows: arrows(input, project),
    markers: shown,
    labels: labelsFor(input, shown),
  };
}
