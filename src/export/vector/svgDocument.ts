/**
 * An exported view as one SVG document: the map (as drawn by the SVG map's
 * components, scaled like the PNG's), the South China Sea inset when the view
 * needs it, and the overlays, all in CSS pixels of the slide. Fonts are named,
 * not embedded: the page's CJK-capable stack, which Illustrator, Inkscape and
 * browsers resolve to an installed font, and text stays editable.
 */
import { num, type MarkGroup } from '../marks';
import { element, escapeXml, paintSvg } from './paintSvg';

/** What the document is made of. */
export interface SvgDocumentParts {
  readonly width: number;
  readonly height: number;
  /** `zh-CN` or `en`. */
  readonly lang: string;
  readonly title: string;
  /** The font stack of the overlays. */
  readonly family: string;
  /** The slide's background, or null for a transparent one. */
  readonly paper: string | null;
  /** The map's `<g>`, drawn in `width`×`height` pixels and scaled `k` times. */
  readonly map: {
    readonly markup: string;
    readonly k: number;
    readonly width: number;
    readonly height: number;
  };
  /** Overlay groups, bottom to top (the inset's frame among them when the view needs it). */
  readonly groups: readonly MarkGroup[];
  /** The inset's map, a standalone `<svg>` of its own size, or null. */
  readonly inset: { readonly markup: string; readonly width: number } | null;
  /**
   * Clip the map to the slide (a clipping group in Illustrator, rather than the whole
   * country spilling off the artboard). Off for the PDF: the page clips it, and
   * svg-to-pdfkit draws a clip path ten times slower.
   */
  readonly clip: boolean;
}

/** The SVG file's text. */
export function svgDocument(parts: SvgDocumentParts): string {
  const { width, height, map, inset } = parts;
  const pictureOf = (group: MarkGroup) => {
    const frame = group.marks.find((m) => m.kind === 'picture');
    if (!inset || !frame) return null;
    const s = frame.box.w / inset.width;
    const { x, y } = frame.box;
    return `<g transform="translate(${num(x)} ${num(y)}) scale(${num(s)})">${inset.markup}</g>`;
  };
  const painted = parts.groups.map((g) => paintSvg(g, pictureOf(g)));
  const clip = parts.clip
    ? `<clipPath id="atlas-map-clip">${element('rect', { width: map.width, height: map.height })}</clipPath>`
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" ${[
      `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
      `font-family="${escapeXml(parts.family.replaceAll('"', "'"))}" xml:lang="${parts.lang}"`,
      'role="img" aria-labelledby="atlas-title"',
    ].join(' ')}>`,
    element('title', { id: 'atlas-title' }, parts.title),
    `<defs>${clip}${painted.map((p) => p.defs).join('')}</defs>`,
    parts.paper
      ? element('rect', { id: 'atlas-background', width, height, fill: parts.paper })
      : '',
    `<g id="atlas-map" transform="scale(${map.k})"${clip ? ' clip-path="url(#atlas-map-clip)"' : ''}>${map.markup}</g>`,
    ...painted.map((p) => p.body),
    '</svg>',
    '',
  ].join('\n');
}
