/**
 * Writes the laid-out deck with pptxgenjs: per map slide the picture over the
 * whole slide, the card (a shape with an accent bar and one text box of native
 * paragraphs), the legend, the footer with the attribution and the slide
 * number, and the notes; the sources slides; document properties without a
 * clock time (the zip step fixes the rest).
 */
import PptxGenJS from 'pptxgenjs';
import type { LegendRow } from '../../ui/legend';
import { pptxColour } from './colour';
import { CARD_BAR, CARD_PADDING, SLIDE_SIZE, type MapSlideLayout } from './layout';
import { addLegend } from './legend';
import { DECK_FONT } from './measure';
import { footer, panel, textBox, type DeckMeta } from './parts';
import type { Picture } from './picture';
import type { SourcesPage } from './sourcesLayout';

export type { DeckMeta } from './parts';

/** A map slide ready to write. */
export interface MapSlideSpec {
  readonly kind: 'map';
  readonly layout: MapSlideLayout;
  readonly picture: Picture;
  readonly legend: readonly LegendRow[];
  readonly notes: string;
  readonly alt: string;
}

function mapSlide(pptx: PptxGenJS, spec: MapSlideSpec, n: number, total: number, meta: DeckMeta) {
  const slide = pptx.addSlide();
  const { w, h } = SLIDE_SIZE[meta.aspect];
  slide.background = { color: pptxColour(meta.colours.paper) };
  slide.addImage({ data: spec.picture.dataUrl, x: 0, y: 0, w, h, altText: spec.alt });
  const { card, paragraphs, legend } = spec.layout;
  panel(slide, card, meta, true);
  const inner = CARD_BAR + CARD_PADDING;
  textBox(
    slide,
    {
      x: card.x + inner,
      y: card.y + CARD_PADDING,
      w: card.w - inner - CARD_PADDING,
      h: card.h - 2 * CARD_PADDING,
    },
    paragraphs,
    meta,
  );
  if (spec.legend.length) {
    panel(slide, legend, meta, false);
    addLegend(
      slide,
      legend,
      meta.legendTitle,
      spec.legend,
      meta.colours,
      meta.lang === 'zh' ? 'zh-CN' : 'en-US',
      meta.measure,
    );
  }
  footer(slide, n, total, meta);
  slide.addNotes(spec.notes);
}

function sourcesSlide(
  pptx: PptxGenJS,
  page: SourcesPage,
  n: number,
  total: number,
  meta: DeckMeta,
) {
  const slide = pptx.addSlide();
  slide.background = { color: pptxColour(meta.colours.paper) };
  const { w } = SLIDE_SIZE[meta.aspect];
  slide.addShape('rect', {
    x: 0.6,
    y: 0.55,
    w: 0.5,
    h: 0.06,
    fill: { color: pptxColour(meta.colours.accent) },
    line: { color: pptxColour(meta.colours.accent), width: 0 },
  });
  const heading = (
    text: string,
    y: number,
    h: number,
    size: number,
    bold: boolean,
    ink: 'ink' | 'ink2',
  ) =>
    textBox(
      slide,
      { x: 0.6, y, w: w - 1.2, h },
      [{ text, size, bold, ink, lineSpacing: size * 1.3, spaceBefore: 0, lines: 1 }],
      meta,
    );
  heading(page.title, 0.7, 0.5, 26, true, 'ink');
  heading(page.intro, 1.22, 0.3, 13, false, 'ink2');
  for (const column of page.columns) textBox(slide, column.box, column.paragraphs, meta);
  footer(slide, n, total, meta);
  if (page.notes) slide.addNotes(page.notes);
}

/** Writes the deck; resolves with the .pptx bytes as pptxgenjs zips them. */
export async function writeDeck(
  slides: readonly (MapSlideSpec | ({ kind: 'sources' } & SourcesPage))[],
  meta: DeckMeta,
): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = meta.aspect === '16:9' ? 'LAYOUT_WIDE' : 'LAYOUT_4x3';
  pptx.title = meta.title;
  pptx.author = meta.author;
  pptx.company = meta.author;
  pptx.subject = meta.title;
  pptx.revision = '1';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  slides.forEach((spec, i) =>
    spec.kind === 'map'
      ? mapSlide(pptx, spec, i + 1, slides.length, meta)
      : sourcesSlide(pptx, spec, i + 1, slides.length, meta),
  );
  const out = await pptx.write({ outputType: 'uint8array' });
  if (!(out instanceof Uint8Array)) throw new Error('pptxgenjs did not return the file bytes');
  return out;
}
