/**
 * The SVG and PDF exports: the same layout as the PNG (`overlays.ts`, measured
 * in the font the file is drawn with), the map drawn by the SVG map's own
 * components at the export's camera, and, for PDF, that SVG on a page with the
 * glyphs it uses embedded.
 */
import { translate } from '../../i18n/messages';
import type { MapController } from '../../mapmodel/controller';
import { canvasMeasure } from '../../mapmodel/labels';
import { LABEL_FONT_FAMILY } from '../../mapmodel/style/fonts';
import { paletteFor } from '../../mapmodel/theme';
import { SOUTH_CHINA_SEA_SIZE } from '../../mapmodel/extent';
import { layoutOverlays } from '../overlays';
import { canvasTextMeasure } from '../paintCanvas';
import { mapFrame, withDrawnLegend, type ExportScene } from '../scene';
import { svgDocument } from './svgDocument';

/** The map labels' fonts in a file: Noto Sans SC (the design of the page's label font) first. */
const LABEL_FONTS =
  "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

function canvasMeasures(family: string) {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('exportImage: this browser cannot measure text on a canvas');
  return {
    measure: canvasTextMeasure(ctx, family),
    labelMeasure: canvasMeasure(`"${LABEL_FONT_FAMILY}", ${LABEL_FONTS}`),
  };
}

/** Renders `scene` (format `svg` or `pdf`) to a blob, at the view of `controller` (the map on screen). */
export async function vectorImage(
  scene: ExportScene,
  controller: MapController | null,
): Promise<Blob> {
  const { width, height, lang, text } = scene;
  const pdf = scene.format === 'pdf' ? await import('./pdf') : null;
  const fonts = pdf
    ? await pdf.loadPdfFonts().catch((error: unknown) => {
        throw new Error(
          translate(lang, 'exportPdfFontMissing', {
            reason: error instanceof Error ? error.message : String(error),
          }),
        );
      })
    : null;
  const { measure, labelMeasure } = fonts ?? canvasMeasures(scene.family);
  const inset = { ...SOUTH_CHINA_SEA_SIZE, frame: paletteFor(scene.theme).countryLine };
  const frame = mapFrame(scene, layoutOverlays(text, scene.colours, measure, width, height, inset));
  const request = {
    index: scene.index,
    view: scene.view,
    selection: scene.selection,
    lang,
    theme: scene.theme,
    width: frame.width,
    height: frame.height,
    transparent: scene.transparent,
    insets: frame.insets,
    covered: frame.covered,
    font: LABEL_FONTS,
    measure: labelMeasure,
  };
  if (!controller) throw new Error(translate(lang, 'mapUnavailable'));
  const map = await controller.vector(request);
  // The legend tells what this picture draws: its flows' event counts, not the screen's.
  const drawn = withDrawnLegend(scene, map.features);
  const layout = layoutOverlays(drawn.text, scene.colours, measure, width, height, inset);
  const insetSvg = map.needsInset ? await controller.insetMarkup(scene.theme) : null;
  const insetMap = insetSvg ? { markup: insetSvg, width: SOUTH_CHINA_SEA_SIZE.width } : null;
  const svg = svgDocument({
    width,
    height,
    lang: lang === 'zh' ? 'zh-CN' : 'en',
    title: `${text.title} · ${text.summary}`,
    family: scene.family,
    paper: scene.transparent ? null : scene.colours.paper,
    map: { markup: map.markup, k: frame.k, width: frame.width, height: frame.height },
    groups: insetMap ? [layout.inset, ...layout.groups] : layout.groups,
    inset: insetMap,
    clip: !pdf,
  });
  if (!pdf || !fonts) return new Blob([svg], { type: 'image/svg+xml' });

  const written = layout.groups.flatMap((g) =>
    g.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : [])),
  );
  const missing = fonts.missing([
    ...written,
    ...map.labels,
    ...(insetMap ? [text.insetCaption] : []),
  ]);
  if (missing.length) {
    throw new Error(translate(lang, 'exportPdfMissingGlyphs', { chars: missing.join(' ') }));
  }
  return pdf.svgToPdf(svg, width, height, fonts, {
    title: text.title,
    subject: text.summary,
    lang: lang === 'zh' ? 'zh-CN' : 'en',
  });
}
