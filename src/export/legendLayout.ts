/**
 * The legend card of an exported image, laid out as marks: its title, then a
 * row per legend entry with the entry's symbol and label. A ramp's label reads
 * "activity · few → many", with the arrow drawn as a line (the PDF's font, like
 * many fonts, has no "→").
 */
import type { LegendRow } from '../ui/legend';
import type { OverlayColours } from './marks';
import { legendSymbol } from './legendSymbol';
import { cardMark, num, type Mark, type MarkGroup, type TextMeasure } from './marks';

/** Where and how the legend is laid out. */
export interface LegendFrame {
  readonly colours: OverlayColours;
  readonly measure: TextMeasure;
  /** Scale of the slide (1 at 1920×1080). */
  readonly u: number;
  /** Left edge, and where the card's bottom goes. */
  readonly x: number;
  readonly bottom: number;
}

const SIZE = 17;

/** A row's label as text runs around the ramp's arrow, with widths at `size` pixels. */
function labelRuns(row: LegendRow, size: number, measure: (s: string) => number) {
  if (row.kind !== 'ramp')
    return { first: row.label, firstW: measure(row.label), arrow: 0, second: '', secondW: 0 };
  const first = `${row.label} · ${row.few}`;
  return {
    first,
    firstW: measure(first),
    arrow: size * 1.6,
    second: row.many,
    secondW: measure(row.many),
  };
}

/** An arrow pointing right from `x` to `x + w` on `y`, with a gap on both sides. */
function rampArrow(x: number, y: number, w: number, size: number, colour: string): Mark {
  const [a, b, head] = [x + size * 0.35, x + w - size * 0.35, size * 0.28];
  const d =
    `M${num(a)} ${num(y)}H${num(b)}` +
    `M${num(b - head)} ${num(y - head)}L${num(b)} ${num(y)}L${num(b - head)} ${num(y + head)}`;
  return { kind: 'path', d, stroke: colour, strokeWidth: size * 0.075 };
}

/** The legend group: a card with `title` and one row per entry of `rows`. */
export function layoutLegend(
  title: string,
  rows: readonly LegendRow[],
  frame: LegendFrame,
): MarkGroup {
  const { colours, measure, u } = frame;
  const pad = 22 * u;
  const rowH = 30 * u;
  const size = SIZE * u;
  const labels = rows.map((r) => labelRuns(r, size, (s) => measure(s, size, 400)));
  const width =
    pad * 2 +
    Math.max(
      measure(title, size, 700),
      ...labels.map((l) => 64 * u + l.firstW + l.arrow + l.secondW),
    );
  const height = pad * 2 + 26 * u + rows.length * rowH;
  const box = { x: frame.x, y: frame.bottom - height, w: width, h: height };
  const text = (
    s: string,
    x: number,
    y: number,
    weight: number,
    fill: string,
    middle: boolean,
  ): Mark => ({
    kind: 'text',
    text: s,
    size,
    weight,
    x,
    y,
    fill,
    baseline: middle ? 'middle' : 'alphabetic',
    anchor: 'start',
  });
  return {
    id: 'legend',
    marks: [
      cardMark(box, colours.paper, u),
      text(title, box.x + pad, box.y + pad + size, 700, colours.ink, false),
      ...rows.flatMap((row, i): Mark[] => {
        const cy = box.y + pad + 26 * u + (i + 0.5) * rowH + 4 * u;
        const x = box.x + pad + 64 * u;
        const label = labels[i];
        if (!label) return [];
        return [
          ...legendSymbol(row, box.x + pad, cy, u, colours.line),
          text(label.first, x, cy, 400, colours.ink2, true),
          ...(label.arrow
            ? [
                rampArrow(x + label.firstW, cy, label.arrow, size, colours.ink2),
                text(label.second, x + label.firstW + label.arrow, cy, 400, colours.ink2, true),
              ]
            : []),
        ];
      }),
    ],
  };
}
