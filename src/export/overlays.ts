/**
 * The text and legend drawn over an exported map with the 2D canvas, in the
 * page's font: title card (top left), legend (bottom left), the source,
 * attribution and approval line with the data date (footer). Sizes scale with
 * the image, so a 3840×2160 slide reads like a 1920×1080 one.
 */
import type { LegendRow } from '../ui/legend';
import { legendSymbol } from './legendSymbol';

/** Everything the overlays say. */
export interface OverlayText {
  readonly eyebrow: string;
  readonly title: string;
  readonly summary: string;
  readonly legendTitle: string;
  readonly legend: readonly LegendRow[];
  /** Footer lines: sources, then attribution with the approval line and the data date. */
  readonly footer: readonly string[];
}

/** Colours of the cards and text (the page's CSS variables). */
export interface OverlayColours {
  readonly paper: string;
  readonly ink: string;
  readonly ink2: string;
  readonly accent: string;
  readonly line: string;
}

type Ctx = CanvasRenderingContext2D;

/** Where the overlays go, measured before the map is drawn so the map can avoid them. */
export interface OverlayLayout {
  readonly scale: number;
  readonly card: { x: number; y: number; w: number; h: number };
  readonly legend: { x: number; y: number; w: number; h: number };
  readonly footerHeight: number;
  readonly insets: { top: number; right: number; bottom: number; left: number };
}

/** The text of a legend row; the ramp's ends follow its label. */
function legendLabel(row: LegendRow): string {
  return row.kind === 'ramp' ? `${row.label} · ${row.few} → ${row.many}` : row.label;
}

const font = (family: string, size: number, weight = 400) => `${weight} ${size}px ${family}`;

function fitText(ctx: Ctx, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let out = text;
  while (out.length > 1 && ctx.measureText(`${out}…`).width > max) out = out.slice(0, -1);
  return `${out}…`;
}

/** Measures the overlays for an image of `width`×`height` CSS pixels. */
export function layoutOverlays(
  ctx: Ctx,
  text: OverlayText,
  family: string,
  width: number,
  height: number,
): OverlayLayout {
  const u = Math.max(0.5, Math.min(2.5, Math.min(width / 1920, height / 1080)));
  const m = 36 * u;
  const pad = 22 * u;
  const measure = (s: string, size: number, weight?: number) => {
    ctx.font = font(family, size * u, weight);
    return ctx.measureText(s).width;
  };
  // Measured in the weights they are drawn in; a pixel to spare, or `(pad·2 + w) − pad·2` can come
  // out a hair under w in floating point and the widest line would lose its last letters to "…".
  const content = Math.max(
    measure(text.eyebrow, 18, 600),
    measure(text.title, 40, 700),
    measure(text.summary, 22),
  );
  const cardW = Math.min(width * 0.6, pad * 2 + Math.ceil(content) + 1);
  const card = { x: m, y: m, w: cardW, h: pad * 2 + (24 + 52 + 30) * u };
  const rowH = 30 * u;
  const legendW =
    pad * 2 +
    Math.max(
      measure(text.legendTitle, 17, 700),
      ...text.legend.map((r) => 64 * u + measure(legendLabel(r), 17)),
    );
  const footerHeight = (text.footer.length * 26 + 22) * u;
  const legendH = pad * 2 + 26 * u + text.legend.length * rowH;
  const legend = { x: m, y: height - footerHeight - m * 0.6 - legendH, w: legendW, h: legendH };
  return {
    scale: u,
    card,
    legend,
    footerHeight,
    insets: { top: card.y + card.h, right: m, bottom: footerHeight + m * 0.5, left: m },
  };
}

function roundRect(ctx: Ctx, r: { x: number; y: number; w: number; h: number }, radius: number) {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, radius);
}

function card(ctx: Ctx, r: OverlayLayout['card'], c: OverlayColours, u: number) {
  ctx.save();
  ctx.shadowColor = 'rgb(0 0 0 / 18%)';
  ctx.shadowBlur = 16 * u;
  ctx.shadowOffsetY = 3 * u;
  ctx.globalAlpha = 0.94;
  ctx.fillStyle = c.paper;
  roundRect(ctx, r, 12 * u);
  ctx.fill();
  ctx.restore();
}

/** Draws the title card, the legend and the footer. */
export function drawOverlays(
  ctx: Ctx,
  layout: OverlayLayout,
  text: OverlayText,
  colours: OverlayColours,
  family: string,
  width: number,
  height: number,
): void {
  const u = layout.scale;
  const pad = 22 * u;
  ctx.textBaseline = 'alphabetic';
  card(ctx, layout.card, colours, u);
  const { x, y, w } = layout.card;
  ctx.fillStyle = colours.accent;
  ctx.font = font(family, 18 * u, 600);
  ctx.fillText(fitText(ctx, text.eyebrow, w - pad * 2), x + pad, y + pad + 18 * u);
  ctx.fillStyle = colours.ink;
  ctx.font = font(family, 40 * u, 700);
  ctx.fillText(fitText(ctx, text.title, w - pad * 2), x + pad, y + pad + 70 * u);
  ctx.fillStyle = colours.ink2;
  ctx.font = font(family, 22 * u);
  ctx.fillText(fitText(ctx, text.summary, w - pad * 2), x + pad, y + pad + 102 * u);

  card(ctx, layout.legend, colours, u);
  const l = layout.legend;
  ctx.fillStyle = colours.ink;
  ctx.font = font(family, 17 * u, 700);
  ctx.fillText(text.legendTitle, l.x + pad, l.y + pad + 17 * u);
  text.legend.forEach((row, i) => {
    const cy = l.y + pad + 26 * u + (i + 0.5) * 30 * u + 4 * u;
    legendSymbol(ctx, row, l.x + pad, cy, u, colours.line);
    ctx.fillStyle = colours.ink2;
    ctx.font = font(family, 17 * u);
    ctx.textBaseline = 'middle';
    ctx.fillText(legendLabel(row), l.x + pad + 64 * u, cy);
    ctx.textBaseline = 'alphabetic';
  });

  const top = height - layout.footerHeight;
  ctx.save();
  ctx.globalAlpha = 0.9;
  ctx.fillStyle = colours.paper;
  ctx.fillRect(0, top, width, layout.footerHeight);
  ctx.restore();
  ctx.fillStyle = colours.line;
  ctx.fillRect(0, top, width, Math.max(1, u));
  ctx.fillStyle = colours.ink2;
  ctx.font = font(family, 17 * u);
  text.footer.forEach((line, i) => {
    ctx.fillText(fitText(ctx, line, width - 72 * u), 36 * u, top + (11 + 20 + i * 26) * u);
  });
}
