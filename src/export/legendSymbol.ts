/** The symbol of a legend row drawn on an exported image: ramp, link curve, arrow or marker. */
import type { LegendRow } from '../ui/legend';

/** Draws `row`'s symbol with its left edge at `x`, centred on `y`, at scale `u`. */
export function legendSymbol(
  ctx: CanvasRenderingContext2D,
  row: LegendRow,
  x: number,
  y: number,
  u: number,
  line: string,
) {
  if (row.kind === 'line') {
    ctx.strokeStyle = row.colour;
    ctx.lineWidth = 5 * u;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(x, y + 6 * u);
    ctx.quadraticCurveTo(x + 24 * u, y - 8 * u, x + 48 * u, y + 6 * u);
    ctx.stroke();
  } else if (row.kind === 'arrow') {
    ctx.fillStyle = row.colour;
    ctx.beginPath();
    ctx.moveTo(x + 36 * u, y);
    ctx.lineTo(x + 20 * u, y - 8 * u);
    ctx.lineTo(x + 20 * u, y + 8 * u);
    ctx.fill();
  } else if (row.kind === 'point') {
    ctx.fillStyle = row.fill;
    ctx.strokeStyle = row.stroke;
    ctx.lineWidth = 2 * u;
    ctx.beginPath();
    ctx.arc(x + 24 * u, y, 7 * u, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  } else {
    row.colours.forEach((colour, i) => {
      ctx.fillStyle = colour;
      ctx.fillRect(x + i * 11 * u, y - 9 * u, 11 * u, 18 * u);
    });
    ctx.strokeStyle = line;
    ctx.lineWidth = 1 * u;
    ctx.strokeRect(x, y - 9 * u, row.colours.length * 11 * u, 18 * u);
  }
}
