/** Paints the overlays' marks on a 2D canvas, for the PNG export. */
import type { Mark, MarkGroup, TextMeasure } from './marks';

type Ctx = CanvasRenderingContext2D;

/** The canvas font of a text run. */
export function canvasFont(family: string, size: number, weight: number): string {
  return `${weight} ${size}px ${family}`;
}

/** Text widths on `ctx` in `family`, for the layout. */
export function canvasTextMeasure(ctx: Ctx, family: string): TextMeasure {
  return (text, size, weight) => {
    ctx.font = canvasFont(family, size, weight);
    return ctx.measureText(text).width;
  };
}

function paint(ctx: Ctx, mark: Mark, family: string, picture: CanvasImageSource | null): void {
  ctx.save();
  switch (mark.kind) {
    case 'card': {
      const { box, shadow } = mark;
      ctx.shadowColor = `rgb(0 0 0 / ${shadow.opacity * 100}%)`;
      ctx.shadowBlur = shadow.blur;
      ctx.shadowOffsetY = shadow.dy;
      ctx.globalAlpha = mark.opacity;
      ctx.fillStyle = mark.fill;
      ctx.beginPath();
      ctx.roundRect(box.x, box.y, box.w, box.h, mark.radius);
      ctx.fill();
      break;
    }
    case 'rect': {
      const { box } = mark;
      ctx.globalAlpha = mark.opacity ?? 1;
      if (mark.fill) {
        ctx.fillStyle = mark.fill;
        ctx.fillRect(box.x, box.y, box.w, box.h);
      }
      if (mark.stroke) {
        ctx.strokeStyle = mark.stroke;
        ctx.lineWidth = mark.strokeWidth ?? 1;
        ctx.strokeRect(box.x, box.y, box.w, box.h);
      }
      break;
    }
    case 'text':
      ctx.font = canvasFont(family, mark.size, mark.weight);
      ctx.fillStyle = mark.fill;
      ctx.textBaseline = mark.baseline;
      ctx.textAlign = mark.anchor === 'end' ? 'right' : 'left';
      ctx.fillText(mark.text, mark.x, mark.y);
      break;
    case 'path': {
      const path = new Path2D(mark.d);
      if (mark.fill) {
        ctx.fillStyle = mark.fill;
        ctx.fill(path);
      }
      if (mark.stroke) {
        ctx.strokeStyle = mark.stroke;
        ctx.lineWidth = mark.strokeWidth ?? 1;
        ctx.lineCap = 'round';
        ctx.lineJoin = 'round';
        ctx.stroke(path);
      }
      break;
    }
    case 'circle':
      ctx.beginPath();
      ctx.arc(mark.cx, mark.cy, mark.r, 0, Math.PI * 2);
      ctx.fillStyle = mark.fill;
      ctx.fill();
      ctx.strokeStyle = mark.stroke;
      ctx.lineWidth = mark.strokeWidth;
      ctx.stroke();
      break;
    case 'picture':
      if (picture) ctx.drawImage(picture, mark.box.x, mark.box.y, mark.box.w, mark.box.h);
      break;
  }
  ctx.restore();
}

/** Paints `groups` in order; `picture` is what a `picture` mark shows (the inset's map). */
export function paintCanvas(
  ctx: Ctx,
  groups: readonly MarkGroup[],
  family: string,
  picture: CanvasImageSource | null = null,
): void {
  for (const group of groups) for (const mark of group.marks) paint(ctx, mark, family, picture);
}
