/**
 * What an exported image's overlays are made of, laid out once (`overlays.ts`)
 * and painted by either painter: the 2D canvas (PNG) or SVG markup (SVG, PDF).
 * Coordinates and sizes are CSS pixels of the image.
 */

/** A rectangle: left, top, width, height. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Width of `text` at `size` pixels in `weight`, in the font the painter draws with. */
export type TextMeasure = (text: string, size: number, weight: number) => number;

/**
 * How far below the middle of the em box the alphabetic baseline is, in ems, for
 * the page's CJK fonts (Noto Sans SC: 0.88 em up, 0.12 em down): where the canvas's
 * `middle` puts it. The SVG painter writes baselines, not `dominant-baseline`.
 */
export const MIDDLE_TO_BASELINE = 0.38;

/** A line of text. `middle` centres the em box on `y` (the canvas's `middle`). */
export interface TextMark {
  readonly kind: 'text';
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly weight: number;
  readonly fill: string;
  readonly baseline: 'alphabetic' | 'middle';
  readonly anchor: 'start' | 'end';
}

/** One thing to draw. */
export type Mark =
  | {
      readonly kind: 'card';
      readonly box: Box;
      readonly radius: number;
      readonly fill: string;
      readonly opacity: number;
      /** A soft shadow below: blur radius and drop in pixels, black at `opacity`. */
      readonly shadow: { readonly blur: number; readonly dy: number; readonly opacity: number };
    }
  | {
      readonly kind: 'rect';
      readonly box: Box;
      readonly fill?: string;
      readonly opacity?: number;
      readonly stroke?: string;
      readonly strokeWidth?: number;
    }
  | TextMark
  | {
      readonly kind: 'path';
      /** SVG path data (the canvas painter draws it with `Path2D`). */
      readonly d: string;
      readonly fill?: string;
      readonly stroke?: string;
      readonly strokeWidth?: number;
    }
  | {
      readonly kind: 'circle';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly fill: string;
      readonly stroke: string;
      readonly strokeWidth: number;
    }
  /** Where the inset's map goes (each painter has its own picture of it). */
  | { readonly kind: 'picture'; readonly box: Box };

/** A named group of marks (a layer in Illustrator or Inkscape). */
export interface MarkGroup {
  readonly id: 'title' | 'legend' | 'footer' | 'inset';
  readonly marks: readonly Mark[];
}

/** Pixels of the map's frame (a 1280×720 screen) a label keeps clear of the cards and footer over it. */
const LABEL_CLEARANCE = 4;

/**
 * Where no map label may go under a card or footer: `box` scaled by `scale` into the map
 * frame's pixels, and a little air around it (left, top, right, bottom).
 */
export function keepOut(box: Box, scale: number): readonly [number, number, number, number] {
  const pad = LABEL_CLEARANCE;
  return [
    box.x * scale - pad,
    box.y * scale - pad,
    (box.x + box.w) * scale + pad,
    (box.y + box.h) * scale + pad,
  ];
}

/** The box around a group's cards, rectangles and pictures (what it hides of the map under it). */
export function groupBox(group: MarkGroup): Box | null {
  const boxes = group.marks.flatMap((m) => ('box' in m ? [m.box] : []));
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  return { x, y, w: right - x, h: bottom - y };
}

/** A number for path data and attributes: at most two decimals. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A rounded card with a soft shadow, at scale `u`, behind a block of text. */
export function cardMark(box: Box, fill: string, u: number): Mark {
  const shadow = { blur: 16 * u, dy: 3 * u, opacity: 0.18 };
  return { kind: 'card', box, radius: 12 * u, fill, opacity: 0.94, shadow };
}

/** Colours of the cards and text (the page's CSS variables). */
export interface OverlayColours {
  readonly paper: string;
  readonly ink: string;
  readonly ink2: string;
  readonly accent: string;
  readonly line: string;
}
