/**
 * Label placement for every picture of the map (every one draws the labels placed here,
 * with the same SVG overlay): region labels by priority (the selected one first, then the busiest),
 * each trying its anchors in order, then the quiet province labels; a label that would
 * overlap a label already placed (with its `text-padding`) or another place's marker, or
 * that would not fit inside the view, or under what covers the view (an export's title card,
 * legend and footer), is left out. A place whose label is left out still shows its name on
 * hover and focus.
 */
import { BoxGrid, overlaps, type Box } from './boxGrid';
import type { ViewSize } from './camera';

/** Where a label stands against its point (the side of the text at the point). */
export const ANCHORS = ['center', 'left', 'right', 'top', 'bottom'] as const;

/** One anchor and its offset in ems (x right, y down). */
export interface Anchor {
  readonly anchor: (typeof ANCHORS)[number];
  readonly dx: number;
  readonly dy: number;
}

/** A label that may be placed. `x`, `y` is its point in screen pixels. */
export interface LabelCandidate {
  readonly id: string;
  readonly layer: 'region' | 'province';
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Font size in pixels and letter spacing in ems. */
  readonly size: number;
  readonly letterSpacing: number;
  readonly anchors: readonly Anchor[];
  readonly padding: number;
  readonly sortKey: number;
  /** The selected place's label: placed first, and allowed over other places' markers. */
  readonly selected?: boolean;
  readonly colour: string;
  readonly halo: string;
  readonly haloWidth: number;
}

/** A placed label: the point its text is anchored at (vertically centred) and how. */
export interface PlacedLabel extends Omit<
  LabelCandidate,
  'anchors' | 'padding' | 'sortKey' | 'selected'
> {
  readonly textAnchor: 'start' | 'middle' | 'end';
  /** The anchor it was placed with (what the WebGL map's `text-anchor`/`text-offset` get). */
  readonly anchor: Anchor;
  /** Its box: left, top, right, bottom. */
  readonly box: readonly [number, number, number, number];
}

/** A marker a label must not cover (its own place's excepted): a box in screen pixels. */
export interface Obstacle {
  readonly id: string;
  readonly box: readonly [number, number, number, number];
}

/**
 * Pixels at the bottom of the map on screen that its attribution line covers when it is one
 * line (10.5 px text at line height 1.5 and 2 px padding: `map/map.css`): the band the baked
 * picture keeps its labels out of. On screen the live map measures the line (it wraps in a
 * narrow map). An export has no attribution line over its map.
 */
export const ATTRIBUTION_BAND = 20;

/** What covers the map on screen, for `placeLabels`: a band of `band` px along its bottom. */
export function coveredOnScreen(size: ViewSize, band = ATTRIBUTION_BAND): Box[] {
  return [[0, size.height - band, size.width, size.height]];
}

/** Anchors of a place with a marker: beside it, right first. */
export const MARKER_ANCHORS: readonly Anchor[] = [
  { anchor: 'left', dx: 0.7, dy: 0 },
  { anchor: 'right', dx: -0.7, dy: 0 },
  { anchor: 'top', dx: 0, dy: 0.7 },
  { anchor: 'bottom', dx: 0, dy: -0.7 },
];

/** Anchors of a province name without a marker: on its label point, else just above or below. */
export const NAME_ANCHORS: readonly Anchor[] = [
  { anchor: 'center', dx: 0, dy: 0 },
  { anchor: 'top', dx: 0, dy: 0.6 },
  { anchor: 'bottom', dx: 0, dy: -0.6 },
];

/** Pixels a label keeps from the edge of the view. */
const EDGE = 2;

/** Width in pixels of `text` at `size` pixels with `letterSpacing` ems. */
export type Measure = (text: string, size: number, letterSpacing: number) => number;

/**
 * The label font's ascent and descent in ems (its `hhea`, Noto Sans SC's): a label's box is
 * the box the browser lays its SVG text out in, so boxes that do not overlap here do not
 * overlap on screen either.
 */
const ASCENT = 1.16;
const DESCENT = 0.288;

/** How far below a label's middle (its point `y`) its alphabetic baseline is, in ems. */
export const LABEL_BASELINE = (ASCENT + DESCENT) / 2 - DESCENT;

function boxFor(c: LabelCandidate, a: Anchor, width: number) {
  const h = c.size * (ASCENT + DESCENT);
  const x = c.x + a.dx * c.size;
  const y = c.y + a.dy * c.size;
  const left = a.anchor === 'left' ? x : a.anchor === 'right' ? x - width : x - width / 2;
  const top = a.anchor === 'top' ? y : a.anchor === 'bottom' ? y - h : y - h / 2;
  return [left, top, left + width, top + h] as const;
}

function inside(box: readonly number[], size: ViewSize): boolean {
  const [l = 0, t = 0, r = 0, b = 0] = box;
  return l >= EDGE && t >= EDGE && r <= size.width - EDGE && b <= size.height - EDGE;
}

/**
 * Places the labels that fit: inside the view and clear of its `covered` parts, over no other
 * label and no other place's marker. Region labels go by `sortKey` (lower first), then the
 * quiet province labels.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  size: ViewSize,
  measure: Measure,
  obstacles: readonly Obstacle[] = [],
  covered: readonly Box[] = [],
): PlacedLabel[] {
  const ordered = [
    ...candidates
      .filter((c) => c.layer === 'region')
      .sort((a, b) => a.sortKey - b.sortKey || (a.id < b.id ? -1 : 1)),
    ...candidates.filter((c) => c.layer === 'province'),
  ];
  const placed: PlacedLabel[] = [];
  const placedGrid = new BoxGrid<PlacedLabel>();
  const markers = new BoxGrid<Obstacle>();
  obstacles.forEach((o) => markers.add(o));
  for (const c of ordered) {
    if (!c.text || c.x < 0 || c.y < 0 || c.x > size.width || c.y > size.height) continue;
    const width = measure(c.text, c.size, c.letterSpacing);
    for (const a of c.anchors) {
      const box = boxFor(c, a, width);
      if (!inside(box, size) || covered.some((c) => overlaps(box, c, 0))) continue;
      if (placedGrid.some(box, c.padding)) continue;
      if (!c.selected && markers.some(box, 0, (o) => o.id !== c.id)) continue;
      const textAnchor = a.anchor === 'left' ? 'start' : a.anchor === 'right' ? 'end' : 'middle';
      const x =
        textAnchor === 'start' ? box[0] : textAnchor === 'end' ? box[2] : (box[0] + box[2]) / 2;
      const label: PlacedLabel = {
        id: c.id,
        layer: c.layer,
        text: c.text,
        size: c.size,
        letterSpacing: c.letterSpacing,
        colour: c.colour,
        halo: c.halo,
        haloWidth: c.haloWidth,
        x,
        y: (box[1] + box[3]) / 2,
        textAnchor,
        anchor: a,
        box,
      };
      placed.push(label);
      placedGrid.add(label);
      break;
    }
  }
  return placed;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** A width estimate without a canvas (tests, first frame before a canvas exists): CJK 1 em, others 0.56 em. */
export function estimateWidth(text: string, size: number, letterSpacing: number): number {
  let ems = 0;
  for (const ch of text) ems += CJK.test(ch) ? 1 : 0.56;
  return (ems + letterSpacing * [...text].length) * size;
}

/** A measure on a 2D canvas with `family`, falling back to {@link estimateWidth}. Caches widths. */
export function canvasMeasure(family: string): Measure {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  let font = '';
  return (text, size, letterSpacing) => {
    if (!context) return estimateWidth(text, size, letterSpacing);
    const key = `${size}|${letterSpacing}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      // Setting a font parses it: only when the size changes.
      if (font !== `${size}px ${family}`) context.font = font = `${size}px ${family}`;
      w = context.measureText(text).width + letterSpacing * size * [...text].length;
      widths.set(key, w);
    }
    return w;
  };
}
