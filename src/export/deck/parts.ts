/**
 * The pieces every slide is built from: text boxes of measured paragraphs in
 * the deck's font, the card and legend panels, and the footer with the
 * attribution, approval line, data date and slide number.
 */
import type PptxGenJS from 'pptxgenjs';
import type { PageColours } from '../colours';
import { pptxColour } from './colour';
import { CARD_BAR, SLIDE_SIZE, type Aspect, type Box, type Paragraph } from './layout';
import { DECK_FONT } from './measure';
import type { Measure } from './wrap';

/** What the writer needs besides the slides. */
export interface DeckMeta {
  readonly aspect: Aspect;
  readonly lang: 'zh' | 'en';
  readonly title: string;
  readonly author: string;
  readonly footer: string;
  readonly footerSize: number;
  readonly footerHeight: number;
  readonly legendTitle: string;
  readonly colours: PageColours;
  readonly measure: Measure;
}

/** The paragraphs as pptxgenjs text runs, one paragraph each. */
function runs(paragraphs: readonly Paragraph[], colours: PageColours, lang: string) {
  return paragraphs.map((p, i) => ({
    text: p.text,
    options: {
      fontFace: DECK_FONT,
      fontSize: p.size,
      bold: p.bold,
      color: pptxColour(colours[p.ink]),
      lineSpacing: p.lineSpacing,
      paraSpaceBefore: p.spaceBefore,
      lang,
      breakLine: i < paragraphs.length - 1,
    },
  }));
}

/** A text box of `ps`, with no inner margin (the layout placed it). */
export function textBox(
  slide: PptxGenJS.Slide,
  box: Box,
  ps: readonly Paragraph[],
  meta: DeckMeta,
) {
  slide.addText(runs(ps, meta.colours, meta.lang === 'zh' ? 'zh-CN' : 'en-US'), {
    ...box,
    margin: 0,
    valign: 'top',
    fit: 'none',
  });
}

/** A card: paper, a hairline, a soft shadow, and the accent bar on its left edge when `bar`. */
export function panel(slide: PptxGenJS.Slide, box: Box, meta: DeckMeta, bar: boolean) {
  slide.addShape('rect', {
    ...box,
    fill: { color: pptxColour(meta.colours.paper), transparency: 5 },
    line: { color: pptxColour(meta.colours.line), width: 0.75 },
    shadow: { type: 'outer', blur: 8, offset: 2, angle: 90, opacity: 0.25, color: '000000' },
  });
  if (bar) {
    slide.addShape('rect', {
      x: box.x,
      y: box.y,
      w: CARD_BAR,
      h: box.h,
      fill: { color: pptxColour(meta.colours.accent) },
      line: { color: pptxColour(meta.colours.accent), width: 0 },
    });
  }
}

/** The footer band: attribution, approval line and data date, and `n / total`. */
export function footer(slide: PptxGenJS.Slide, n: number, total: number, meta: DeckMeta) {
  const { w, h } = SLIDE_SIZE[meta.aspect];
  const y = h - meta.footerHeight;
  slide.addShape('rect', {
    x: 0,
    y,
    w,
    h: meta.footerHeight,
    fill: { color: pptxColour(meta.colours.paper), transparency: 8 },
    line: { color: pptxColour(meta.colours.line), width: 0.75 },
  });
  const text = {
    y,
    h: meta.footerHeight,
    margin: 0,
    valign: 'middle',
    fontFace: DECK_FONT,
    fontSize: meta.footerSize,
    color: pptxColour(meta.colours.ink2),
    lang: meta.lang === 'zh' ? 'zh-CN' : 'en-US',
  } as const;
  slide.addText(meta.footer, { ...text, x: 0.35, w: w - 0.35 - 1.1 });
  slide.addText(`${n} / ${total}`, { ...text, x: w - 1.05, w: 0.7, align: 'right' });
}
