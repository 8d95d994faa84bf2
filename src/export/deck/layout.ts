/**
 * Where things go on a map slide, in inches (text in points): the map picture
 * fills the slide; a card at the top left holds the text, sized to it; the
 * legend sits under it; the footer runs along the bottom. Text is measured and
 * wrapped here, and shrunk (then cut, the notes keep it whole) until it fits,
 * so no office suite has to overflow a box. Pure, given a `measure`.
 */
import type { CardText } from './text';
import { clampLines, joinLines, wrapLines, type Measure } from './wrap';

/** A slide shape. Both are 7.5 in tall (PowerPoint's "Widescreen" and "Standard 4:3"). */
export type Aspect = '16:9' | '4:3';

export const SLIDE_SIZE: Readonly<Record<Aspect, { readonly w: number; readonly h: number }>> = {
  '16:9': { w: 13.333, h: 7.5 },
  '4:3': { w: 10, h: 7.5 },
};

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Which of the page's colours a text takes. */
export type Ink = 'accent' | 'ink' | 'ink2' | 'ink3';

/** One paragraph of a text box, with the line count it was measured at. */
export interface Paragraph {
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly ink: Ink;
  /** Exact line spacing and space before, in points. */
  readonly lineSpacing: number;
  readonly spaceBefore: number;
  readonly lines: number;
}

/** The style of a paragraph at full size: font size, weight, colour, line height and space before (×size). */
interface Style {
  readonly size: number;
  readonly bold: boolean;
  readonly ink: Ink;
  readonly leading: number;
  readonly before: number;
}

const STEP: Record<'eyebrow' | 'title' | 'caption' | 'value' | 'label' | 'source', Style> = {
  eyebrow: { size: 13, bold: true, ink: 'accent', leading: 1.35, before: 0 },
  title: { size: 26, bold: true, ink: 'ink', leading: 1.25, before: 0.15 },
  caption: { size: 16, bold: false, ink: 'ink2', leading: 1.5, before: 0.6 },
  value: { size: 30, bold: true, ink: 'accent', leading: 1.2, before: 0.4 },
  label: { size: 12, bold: false, ink: 'ink2', leading: 1.4, before: 0 },
  source: { size: 10.5, bold: false, ink: 'ink3', leading: 1.4, before: 1.1 },
};
const COVER: typeof STEP = {
  ...STEP,
  eyebrow: { size: 16, bold: true, ink: 'accent', leading: 1.35, before: 0 },
  title: { size: 40, bold: true, ink: 'ink', leading: 1.2, before: 0.2 },
  caption: { size: 18, bold: false, ink: 'ink2', leading: 1.45, before: 0.7 },
  source: { size: 12, bold: false, ink: 'ink3', leading: 1.4, before: 1 },
};

/** Margins and bands, in inches. */
export const MARGIN = 0.35;
export const CARD_PADDING = 0.26;
/** The accent bar on the card's left edge (the presentation card has one too). */
export const CARD_BAR = 0.06;
const GAP = 0.2;
const FOOTER_SIZE = 9;
const FOOTER_MIN = 7;

/** Safety on measured widths: office suites lay text out in fonts a little wider than measured. */
const WIDTH_SLACK = 0.95;

function paragraph(
  text: string,
  style: Style,
  k: number,
  width: number,
  measure: Measure,
): Paragraph {
  const size = Math.round(style.size * k * 2) / 2;
  const lines = wrapLines(text, width * WIDTH_SLACK, size, style.bold, measure);
  return {
    text,
    size,
    bold: style.bold,
    ink: style.ink,
    lineSpacing: Math.round(size * style.leading * 10) / 10,
    spaceBefore: Math.round(size * style.before * 10) / 10,
    lines: lines.length,
  };
}

const heightOf = (ps: readonly Paragraph[]) =>
  ps.reduce((sum, p) => sum + p.spaceBefore + p.lines * p.lineSpacing, 0) / 72;

/**
 * The card's paragraphs at the largest scale (1 down to 0.55) whose height fits
 * `maxHeight` inches in a column `width` inches wide; past that the caption is cut.
 */
export function fitCard(
  card: CardText,
  cover: boolean,
  width: number,
  maxHeight: number,
  measure: Measure,
): Paragraph[] {
  const s = cover ? COVER : STEP;
  const pt = width * 72;
  const build = (k: number) =>
    [
      card.eyebrow ? paragraph(card.eyebrow, s.eyebrow, k, pt, measure) : null,
      paragraph(card.title, s.title, k, pt, measure),
      card.caption ? paragraph(card.caption, s.caption, k, pt, measure) : null,
      card.figure ? paragraph(card.figure.value, s.value, k, pt, measure) : null,
      card.figure ? paragraph(card.figure.label, s.label, k, pt, measure) : null,
      card.source ? paragraph(card.source, s.source, k, pt, measure) : null,
    ].filter((p) => p !== null);
  for (let i = 20; i >= 11; i--) {
    const ps = build(i / 20);
    if (heightOf(ps) <= maxHeight) return ps;
  }
  const ps = build(0.55);
  return ps.map((p) => {
    if (p.text !== card.caption) return p;
    const spare = maxHeight * 72 - (heightOf(ps) * 72 - p.lines * p.lineSpacing);
    const keep = Math.max(1, Math.floor(spare / p.lineSpacing));
    const width = pt * WIDTH_SLACK;
    const wrapped = wrapLines(p.text, width, p.size, p.bold, measure);
    const lines = clampLines(wrapped, keep, width, p.size, p.bold, measure);
    return { ...p, text: joinLines(lines), lines: lines.length };
  });
}

/** Everything placed on a map slide. */
export interface MapSlideLayout {
  readonly card: Box;
  readonly paragraphs: readonly Paragraph[];
  readonly legend: Box;
  readonly footer: Box;
  readonly footerSize: number;
  /** What the card, legend and footer cover, for the map to keep its subject clear of. */
  readonly insets: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}

/** The footer's height and font size on an `aspect` slide: one line, shrunk to 7 pt, else two lines. */
export function fitFooter(aspect: Aspect, text: string, measure: Measure) {
  // The text runs from the left margin to the slide number (0.8 in at the right).
  const width = SLIDE_SIZE[aspect].w - 2 * MARGIN - 0.8;
  for (let size = FOOTER_SIZE; size >= FOOTER_MIN; size -= 0.5) {
    if (measure(text, size, false) <= width * 72 * WIDTH_SLACK) return { size, h: 0.34 };
  }
  return { size: FOOTER_MIN, h: 0.5 };
}

/**
 * Lays out a map slide. A step's card is at the top left, 37 % (16:9) or 42 % (4:3)
 * of the slide wide, with the legend under it; the title slide's card is wider and
 * sits at the bottom left, leaving the map the whole width above it.
 */
export function layoutMapSlide(
  aspect: Aspect,
  card: CardText,
  cover: boolean,
  legendHeight: number,
  footerText: string,
  measure: Measure,
): MapSlideLayout {
  const { w, h } = SLIDE_SIZE[aspect];
  const footer = fitFooter(aspect, footerText, measure);
  const cardW = w * (cover ? (aspect === '16:9' ? 0.52 : 0.7) : aspect === '16:9' ? 0.37 : 0.42);
  const innerW = cardW - 2 * CARD_PADDING - CARD_BAR;
  const legendTop = h - footer.h - MARGIN * 0.7 - legendHeight;
  const maxH = cover ? h * 0.45 : legendTop - GAP - MARGIN - 2 * CARD_PADDING;
  const paragraphs = fitCard(card, cover, innerW, maxH, measure);
  const cardH = heightOf(paragraphs) + 2 * CARD_PADDING;
  const cardY = cover ? h - footer.h - MARGIN - cardH : MARGIN;
  return {
    card: { x: MARGIN, y: cardY, w: cardW, h: cardH },
    paragraphs,
    legend: { x: MARGIN, y: legendTop, w: cardW, h: legendHeight },
    footer: { x: 0, y: h - footer.h, w, h: footer.h },
    footerSize: footer.size,
    insets: cover
      ? { top: MARGIN, right: MARGIN, bottom: h - cardY + GAP, left: MARGIN }
      : { top: MARGIN, right: MARGIN, bottom: footer.h + MARGIN * 0.5, left: MARGIN + cardW + GAP },
  };
}
