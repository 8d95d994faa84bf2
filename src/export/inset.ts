/**
 * Draws the on-screen South China Sea inset (an SVG) into an exported image,
 * with its colours resolved from CSS, so the standard-map convention holds on
 * slides too. Skipped quietly when the page shows no inset.
 */

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The South China Sea inset could not be drawn'));
    image.src = url;
  });
}

function standalone(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) return '';
  const live = svg.querySelectorAll('path, rect');
  copy.querySelectorAll('path, rect').forEach((el, i) => {
    const source = live[i];
    if (!source) return;
    const style = getComputedStyle(source);
    el.setAttribute('fill', style.fill);
    el.setAttribute('stroke', style.stroke);
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}

/**
 * Draws the inset at the bottom right of the area above `bottom`, framed like on
 * screen: the page's inset, or `figure` (an inset rendered for an export).
 */
export async function drawInset(
  ctx: CanvasRenderingContext2D,
  width: number,
  bottom: number,
  scale: number,
  figure: ParentNode | null = document.querySelector('.atlas-map__inset'),
): Promise<void> {
  const svg = figure?.querySelector('svg');
  if (!(svg instanceof SVGSVGElement)) return;
  const markup = standalone(svg);
  if (!markup) return;
  const caption = figure?.querySelector('figcaption')?.textContent ?? '';
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const w = svg.viewBox.baseVal.width * 1.3 * scale;
    const h = svg.viewBox.baseVal.height * 1.3 * scale;
    const x = width - w - 36 * scale;
    const y = bottom - h - 24 * scale;
    ctx.drawImage(image, x, y, w, h);
    ctx.strokeStyle = '#9d968b';
    ctx.lineWidth = 1.5 * scale;
    ctx.strokeRect(x, y, w, h);
    ctx.fillStyle =
      getComputedStyle(document.documentElement).getPropertyValue('--ink-2') || '#4a5666';
    ctx.font = `${13 * scale}px ${getComputedStyle(document.body).fontFamily}`;
    ctx.textAlign = 'right';
    ctx.fillText(caption, x + w - 5 * scale, y + h - 6 * scale);
    ctx.textAlign = 'left';
  } catch {
    // The inset is a courtesy on slides; the map itself is already drawn.
  } finally {
    URL.revokeObjectURL(url);
  }
}
