/**
 * Paints the overlays' marks as SVG markup, for the SVG and PDF exports: the
 * same layout as the PNG's canvas painter, with text as `<text>` (selectable,
 * editable) and each group an element with an id (a layer in Illustrator or
 * Inkscape). The card's shadow is an SVG filter (PDF converters leave it out).
 * Text sits on computed baselines: Illustrator and librsvg ignore `dominant-baseline`.
 */
import { MIDDLE_TO_BASELINE, num, type Mark, type MarkGroup } from '../marks';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** `text` escaped for XML content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
}

type Value = string | number | undefined;

/** An element with its attributes (undefined ones left out) and, optionally, escaped text. */
export function element(name: string, attributes: Record<string, Value>, text?: string): string {
  const list = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : v)}"`)
    .join('');
  return text === undefined ? `<${name}${list}/>` : `<${name}${list}>${escapeXml(text)}</${name}>`;
}

const box = (b: { x: number; y: number; w: number; h: number }) => ({
  x: b.x,
  y: b.y,
  width: b.w,
  height: b.h,
});

function shadowFilter(id: string, shadow: { blur: number; dy: number; opacity: number }): string {
  // Blur, drop, tint: the canvas's shadowBlur is about twice the Gaussian's deviation.
  return (
    `<filter id="${id}" x="-20%" y="-20%" width="140%" height="160%" color-interpolation-filters="sRGB">` +
    element('feGaussianBlur', { in: 'SourceAlpha', stdDeviation: shadow.blur / 2 }) +
    element('feOffset', { dy: shadow.dy, result: 'shadow' }) +
    element('feFlood', { 'flood-color': '#000', 'flood-opacity': shadow.opacity }) +
    element('feComposite', { in2: 'shadow', operator: 'in' }) +
    '<feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>'
  );
}

function paint(mark: Mark, filter: string, picture: string | null): string {
  switch (mark.kind) {
    case 'card':
      return element('rect', {
        ...box(mark.box),
        rx: mark.radius,
        fill: mark.fill,
        'fill-opacity': mark.opacity,
        filter: `url(#${filter})`,
      });
    case 'rect':
      return element('rect', {
        ...box(mark.box),
        fill: mark.fill ?? 'none',
        'fill-opacity': mark.opacity,
        stroke: mark.stroke,
        'stroke-width': mark.strokeWidth,
      });
    case 'text':
      return element(
        'text',
        {
          x: mark.x,
          y: mark.baseline === 'middle' ? mark.y + MIDDLE_TO_BASELINE * mark.size : mark.y,
          'font-size': mark.size,
          'font-weight': mark.weight === 400 ? undefined : mark.weight,
          fill: mark.fill,
          'text-anchor': mark.anchor === 'end' ? 'end' : undefined,
        },
        mark.text,
      );
    case 'path':
      return element('path', {
        d: mark.d,
        fill: mark.fill ?? 'none',
        stroke: mark.stroke,
        'stroke-width': mark.strokeWidth,
        'stroke-linecap': mark.stroke ? 'round' : undefined,
      });
    case 'circle':
      return element('circle', {
        cx: mark.cx,
        cy: mark.cy,
        r: mark.r,
        fill: mark.fill,
        stroke: mark.stroke,
        'stroke-width': mark.strokeWidth,
      });
    case 'picture':
      return picture ?? '';
  }
}

/**
 * One group as SVG: `<g id="atlas-…">` with its marks, and the filter
 * definitions its cards use. `picture` is the markup a `picture` mark stands for.
 */
export function paintSvg(group: MarkGroup, picture: string | null = null) {
  const filter = `atlas-shadow-${group.id}`;
  const cards = group.marks.flatMap((m) => (m.kind === 'card' ? [m.shadow] : []));
  const [shadow] = cards;
  return {
    defs: shadow ? shadowFilter(filter, shadow) : '',
    body: `<g id="atlas-${group.id}">${group.marks.map((m) => paint(m, filter, picture)).join('')}</g>`,
  };
}
