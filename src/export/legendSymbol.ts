/** The symbol of a legend row on an exported image: ramp, link curve, arrow or marker. */
import type { LegendRow } from '../ui/legend';
import { num, type Mark } from './marks';

/** The marks of `row`'s symbol with its left edge at `x`, centred on `y`, at scale `u`. */
export function legendSymbol(
  row: LegendRow,
  x: number,
  y: number,
  u: number,
  line: string,
): Mark[] {
  const p = (dx: number, dy: number) => `${num(x + dx * u)} ${num(y + dy * u)}`;
  if (row.kind === 'line') {
    const d = `M${p(0, 6)}Q${p(24, -8)} ${p(48, 6)}`;
    return [{ kind: 'path', d, stroke: row.colour, strokeWidth: 5 * u }];
  }
  if (row.kind === 'arrow') {
    return [{ kind: 'path', d: `M${p(36, 0)}L${p(20, -8)}L${p(20, 8)}Z`, fill: row.colour }];
  }
  if (row.kind === 'point') {
    const { fill, stroke } = row;
    return [{ kind: 'circle', cx: x + 24 * u, cy: y, r: 7 * u, fill, stroke, strokeWidth: 2 * u }];
  }
  const w = 11 * u;
  return [
    ...row.colours.map((colour, i): Mark => ({
      kind: 'rect',
      box: { x: x + i * w, y: y - 9 * u, w, h: 18 * u },
      fill: colour,
    })),
    {
      kind: 'rect',
      box: { x, y: y - 9 * u, w: row.colours.length * w, h: 18 * u },
      stroke: line,
      strokeWidth: u,
    },
  ];
}
