/**
 * The closing sources slide(s): every article used, numbered, with its outlet,
 * title, date and article id, in two columns (one at 4:3), continued on more
 * slides when long. Past {@link MAX_SOURCE_PAGES} slides the rest is named in
 * the notes and counted on the slide. Pure, given a `measure`.
 */
import { deckText } from '../../i18n/deck';
import type { Lang } from '../../domain/format';
import { MARGIN, SLIDE_SIZE, type Aspect, type Box, type Paragraph } from './layout';
import type { SourcesSlide } from './plan';
import { wrapLines, type Measure } from './wrap';

export const MAX_SOURCE_PAGES = 6;

/** One sources slide: its heading, intro and the paragraphs of each column. */
export interface SourcesPage {
  readonly title: string;
  readonly intro: string;
  readonly columns: readonly { readonly box: Box; readonly paragraphs: readonly Paragraph[] }[];
  readonly notes: string;
}

const ENTRY = { size: 13, leading: 1.35, before: 9 };
const ID = { size: 9, leading: 1.35 };
const TOP = 1.7;
const SIDE = 0.6;
const GAP = 0.45;

function entryParagraphs(line: string, id: string, first: boolean, width: number, m: Measure) {
  const lines = wrapLines(line, width * 72 * 0.95, ENTRY.size, false, m).length;
  const main: Paragraph = {
    text: line,
    size: ENTRY.size,
    bold: false,
    ink: 'ink',
    lineSpacing: ENTRY.size * ENTRY.leading,
    spaceBefore: first ? 0 : ENTRY.before,
    lines,
  };
  const sub: Paragraph = {
    text: id,
    size: ID.size,
    bold: false,
    ink: 'ink3',
    lineSpacing: ID.size * ID.leading,
    spaceBefore: 0,
    lines: 1,
  };
  return [main, sub];
}

const height = (ps: readonly Paragraph[]) =>
  ps.reduce((h, p) => h + p.spaceBefore + p.lines * p.lineSpacing, 0) / 72;

/** Splits the sources over slides of `aspect` whose footer is `footerHeight` inches tall. */
export function layoutSources(
  slide: SourcesSlide,
  aspect: Aspect,
  footerHeight: number,
  lang: Lang,
  measure: Measure,
): SourcesPage[] {
  const { w, h } = SLIDE_SIZE[aspect];
  const count = aspect === '16:9' ? 2 : 1;
  const colW = (w - 2 * SIDE - GAP * (count - 1)) / count;
  const colH = h - footerHeight - MARGIN - TOP;
  const boxes = Array.from({ length: count }, (_, i) => ({
    x: SIDE + i * (colW + GAP),
    y: TOP,
    w: colW,
    h: colH,
  }));
  const pages: Paragraph[][][] = [];
  let columns: Paragraph[][] = [[]];
  slide.entries.forEach((entry, i) => {
    const text = `${i + 1}. ${entry.line}`;
    const label = deckText(lang, 'deckArticleId', { id: entry.id });
    let column = columns[columns.length - 1] ?? [];
    let ps = entryParagraphs(text, label, column.length === 0, colW, measure);
    if (column.length && height([...column, ...ps]) > colH) {
      if (columns.length === count) {
        pages.push(columns);
        columns = [];
      }
      column = [];
      columns.push(column);
      ps = entryParagraphs(text, label, true, colW, measure);
    }
    column.push(...ps);
  });
  pages.push(columns);
  const kept = pages.slice(0, MAX_SOURCE_PAGES);
  const lastColumn = kept[kept.length - 1]?.at(-1) ?? [];
  const shownOf = () => kept.flat(2).filter((p) => p.ink === 'ink').length;
  if (shownOf() < slide.entries.length) {
    const more = (n: number): Paragraph => ({
      text: deckText(lang, 'deckSourcesMore', { n }),
      size: ENTRY.size,
      bold: true,
      ink: 'accent',
      lineSpacing: ENTRY.size * ENTRY.leading,
      spaceBefore: ENTRY.before,
      lines: 2,
    });
    // Make room for the line that counts the rest.
    while (lastColumn.length > 2 && height([...lastColumn, more(0)]) > colH) lastColumn.splice(-2);
    lastColumn.push(more(slide.entries.length - shownOf()));
  }
  const truncated = shownOf() < slide.entries.length;
  const all = slide.entries.map((e, i) => `${i + 1}. ${e.line} · ${e.id}`);
  return kept.map((cols, page) => ({
    title: page === 0 ? slide.title : `${slide.title} (${page + 1})`,
    intro: slide.intro,
    columns: cols.flatMap((paragraphs, i) => {
      const box = boxes[i];
      return box ? [{ box, paragraphs }] : [];
    }),
    notes: page === kept.length - 1 && truncated ? all.join('\n') : '',
  }));
}
