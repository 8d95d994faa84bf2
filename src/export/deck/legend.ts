/**
 * The map legend as native slide shapes under the card: the activity ramp,
 * the link, the direction arrow (when a link has one) and the place marker,
 * in the map's colours, with editable labels in the deck's font.
 *
 * Native rather than drawn into the picture: the labels stay sharp on any
 * projector, take the slide's font and size like the card next to them, can
 * be edited or translated, and are read back by the tests like any text.
 */
import type PptxGenJS from 'pptxgenjs';
import type { LegendRow } from '../../ui/legend';
import type { Box } from './layout';
import { pptxColour } from './colour';
import { DECK_FONT } from './measure';
import type { Measure } from './wrap';

const PAD = 0.18;
const TITLE_H = 0.26;
const ROW_H = 0.26;
const SYMBOL_W = 0.5;
const SIZE = 10;

/** Inches the legend takes for `rows`. */
export function legendHeight(rows: readonly LegendRow[]): number {
  return 2 * PAD + TITLE_H + rows.length * ROW_H;
}

/** The text of a row; the ramp's ends follow its label. */
function label(row: LegendRow): string {
  return row.kind === 'ramp' ? `${row.label} · ${row.few} → ${row.many}` : row.label;
}

function symbol(slide: PptxGenJS.Slide, row: LegendRow, x: number, y: number, line: string) {
  const cy = y + ROW_H / 2;
  if (row.kind === 'ramp') {
    const w = (SYMBOL_W - 0.05) / row.colours.length;
    row.colours.forEach((colour, i) =>
      slide.addShape('rect', {
        x: x + i * w,
        y: cy - 0.07,
        w,
        h: 0.14,
        fill: { color: pptxColour(colour) },
        line: { color: pptxColour(line), width: 0.5 },
      }),
    );
  } else if (row.kind === 'line') {
    slide.addShape('line', {
      x,
      y: cy,
      w: SYMBOL_W - 0.08,
      h: 0,
      line: { color: pptxColour(row.colour), width: 3.5 },
    });
  } else if (row.kind === 'arrow') {
    slide.addShape('triangle', {
      x: x + 0.15,
      y: cy - 0.07,
      w: 0.16,
      h: 0.14,
      rotate: 90,
      fill: { color: pptxColour(row.colour) },
      line: { color: pptxColour(row.colour), width: 0 },
    });
  } else {
    slide.addShape('ellipse', {
      x: x + 0.15,
      y: cy - 0.07,
      w: 0.14,
      h: 0.14,
      fill: { color: pptxColour(row.fill) },
      line: { color: pptxColour(row.stroke), width: 1.25 },
    });
  }
}

/** Draws the legend's rows and title inside `box` (its card is drawn by the caller). */
export function addLegend(
  slide: PptxGenJS.Slide,
  box: Box,
  title: string,
  rows: readonly LegendRow[],
  colours: { ink: string; ink2: string; line: string },
  lang: string,
  measure: Measure,
): void {
  const x = box.x + PAD;
  const textW = box.w - 2 * PAD - SYMBOL_W;
  const widest = Math.max(...rows.map((r) => measure(label(r), SIZE, false)));
  const size = Math.max(7.5, Math.min(SIZE, (SIZE * textW * 72 * 0.95) / widest));
  const text = { fontFace: DECK_FONT, margin: 0, valign: 'middle', lang } as const;
  slide.addText(title, {
    ...text,
    x,
    y: box.y + PAD,
    w: box.w - 2 * PAD,
    h: TITLE_H,
    fontSize: SIZE,
    bold: true,
    color: pptxColour(colours.ink),
  });
  rows.forEach((row, i) => {
    const y = box.y + PAD + TITLE_H + i * ROW_H;
    symbol(slide, row, x, y, colours.line);
    slide.addText(label(row), {
      ...text,
      x: x + SYMBOL_W,
      y,
      w: textW,
      h: ROW_H,
      fontSize: size,
      color: pptxColour(colours.ink2),
    });
  });
}
