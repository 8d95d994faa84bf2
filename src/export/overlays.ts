/**
 * The layout of what is drawn over an exported map: title card (top left),
 * legend (bottom left), the sources, attribution and approval line with the
 * data date (footer) and the South China Sea inset's frame (bottom right).
 * Computed once per export as marks (boxes, text runs, shapes, colours), then
 * painted on a canvas (PNG, `paintCanvas.ts`) or as SVG (`vector/paintSvg.ts`).
 * Sizes scale with the image, so a 3840×2160 slide reads like a 1920×1080 one.
 */
import type { LegendRow } from '../ui/legend';
import { layoutLegend } from './legendLayout';
import {
  cardMark,
  type Mark,
  type MarkGroup,
  type OverlayColours,
  type TextMeasure,
} from './marks';

/** Everything the overlays say. */
export interface OverlayText {
  readonly eyebrow: string;
  readonly title: string;
  readonly summary: string;
  readonly legendTitle: string;
  readonly legend: readonly LegendRow[];
  /** Footer lines: sources, then attribution with the approval line and the data date. */
  readonly footer: readonly string[];
  /** The caption of the South China Sea inset. */
  readonly insetCaption: string;
}

export type { OverlayColours } from './marks';

/** Where the overlays go, laid out before the map is drawn so the map can avoid them. */
export interface OverlayLayout {
  readonly scale: number;
  readonly footerHeight: number;
  /** The areas the title card, the legend and the footer cover: the map fits its view inside the rest. */
  readonly insets: { top: number; right: number; bottom: number; left: number };
  /** Title card, legend and footer, bottom to top. */
  readonly groups: readonly MarkGroup[];
  /** The inset's frame and caption around its picture; drawn only when the map's view needs it. */
  readonly inset: MarkGroup;
}

/** The inset's map is drawn at 1.3 times its on-screen size (at 1920×1080), framed like on screen. */
const INSET_ZOOM = 1.3;

/** `text`, shortened with "…" until it is at most `max` wide. */
function fitText(measure: (s: string) => number, text: string, max: number): string {
  if (measure(text) <= max) return text;
  let out = text;
  while (out.length > 1 && measure(`${out}…`) > max) out = out.slice(0, -1);
  return `${out}…`;
}

/**
 * The South China Sea inset's frame and caption around its picture, at 1.3 times its on-screen
 * size scaled by `u`, with its bottom-right corner at (`right`, `bottom` − a line): the same on a
 * PNG, an SVG, a PDF and a deck's map picture.
 */
export function layoutInset(
  inset: { width: number; height: number; frame: string },
  caption: string,
  ink: string,
  u: number,
  right: number,
  bottom: number,
): MarkGroup {
  const w = inset.width * INSET_ZOOM * u;
  const h = inset.height * INSET_ZOOM * u;
  const box = { x: right - w, y: bottom - h - 24 * u, w, h };
  return {
    id: 'inset',
    marks: [
      { kind: 'picture', box },
      { kind: 'rect', box, stroke: inset.frame, strokeWidth: 1.5 * u },
      {
        kind: 'text',
        text: caption,
        size: 13 * u,
        weight: 400,
        x: box.x + box.w - 5 * u,
        y: box.y + box.h - 6 * u,
        fill: ink,
        baseline: 'alphabetic',
        anchor: 'end',
      },
    ],
  };
}

/**
 * Lays out the overlays of an image of `width`×`height` CSS pixels; `measure`
 * gives text widths in the font the painter will draw with. `inset` is the
 * inset map's size in pixels and the colour of its frame.
 */
export function layoutOverlays(
  text: OverlayText,
  colours: OverlayColours,
  measure: TextMeasure,
  width: number,
  height: number,
  inset: { width: number; height: number; frame: string },
): OverlayLayout {
  const u = Math.max(0.5, Math.min(2.5, Math.min(width / 1920, height / 1080)));
  const m = 36 * u;
  const pad = 22 * u;
  const run = (s: string, size: number, weight: number) => ({ text: s, size: size * u, weight });
  const eyebrow = run(text.eyebrow, 18, 600);
  const title = run(text.title, 40, 700);
  const summary = run(text.summary, 22, 400);
  // Measured in the weights they are drawn in; a pixel to spare, or `(pad·2 + w) − pad·2` can come
  // out a hair under w in floating point and the widest line would lose its last letters to "…".
  const content = Math.max(
    ...[eyebrow, title, summary].map((r) => measure(r.text, r.size, r.weight)),
  );
  const cardW = Math.min(width * 0.6, pad * 2 + Math.ceil(content) + 1);
  const cardBox = { x: m, y: m, w: cardW, h: pad * 2 + (24 + 52 + 30) * u };
  const fit = (r: ReturnType<typeof run>, max: number) =>
    fitText((s) => measure(s, r.size, r.weight), r.text, max);
  const line = (r: ReturnType<typeof run>, y: number, fill: string): Mark => ({
    kind: 'text',
    ...r,
    text: fit(r, cardW - pad * 2),
    x: m + pad,
    y: m + pad + y * u,
    fill,
    baseline: 'alphabetic',
    anchor: 'start',
  });
  const titleGroup: MarkGroup = {
    id: 'title',
    marks: [
      cardMark(cardBox, colours.paper, u),
      line(eyebrow, 18, colours.accent),
      line(title, 70, colours.ink),
      line(summary, 102, colours.ink2),
    ],
  };

  const footerHeight = (text.footer.length * 26 + 22) * u;
  const legendGroup = layoutLegend(text.legendTitle, text.legend, {
    colours,
    measure,
    u,
    x: m,
    bottom: height - footerHeight - m * 0.6,
  });

  const top = height - footerHeight;
  const footerRun = (s: string) => run(s, 17, 400);
  const footerGroup: MarkGroup = {
    id: 'footer',
    marks: [
      {
        kind: 'rect',
        box: { x: 0, y: top, w: width, h: footerHeight },
        fill: colours.paper,
        opacity: 0.9,
      },
      { kind: 'rect', box: { x: 0, y: top, w: width, h: Math.max(1, u) }, fill: colours.line },
      ...text.footer.map((s, i): Mark => ({
        kind: 'text',
        ...footerRun(s),
        text: fit(footerRun(s), width - 72 * u),
        x: 36 * u,
        y: top + (11 + 20 + i * 26) * u,
        fill: colours.ink2,
        baseline: 'alphabetic',
        anchor: 'start',
      })),
    ],
  };

  const insetGroup = layoutInset(inset, text.insetCaption, colours.ink2, u, width - m, top);

  return {
    scale: u,
    footerHeight,
    insets: { top: cardBox.y + cardBox.h, right: m, bottom: footerHeight + m * 0.5, left: m },
    groups: [titleGroup, legendGroup, footerGroup],
    inset: insetGroup,
  };
}
