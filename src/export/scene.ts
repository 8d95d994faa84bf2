/**
 * What every export format draws, read once from the store and the page: the
 * checked options, the view (filters, selection, language, theme), the text of
 * the overlays and the page's colours and font. Also where the map goes.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { formatDate, type Lang } from '../domain/format';
import type { FilteredView } from '../domain/select';
import { translate } from '../i18n/messages';
import type { MapTheme } from '../mapmodel/theme';
import { filteredView } from '../state/derived';
import type { Selection } from '../domain/selection';
import { useAtlasStore } from '../state/store';
import { legendFacts, legendStyle, type LegendFacts } from '../mapmodel/legend';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import { svgStyle } from '../mapmodel/style/read';
import { legendRows } from '../ui/legend';
import { filterSummary, selectionTitle, sourceList } from '../ui/summary';
import { groupBox, keepOut } from './marks';
import type { OverlayColours, OverlayLayout, OverlayText } from './overlays';

/** The file formats of an export. */
export const IMAGE_FORMATS = ['png', 'svg', 'pdf'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Options of an export; see `window.atlas.exportImage` in the README. */
export interface ImageOptions {
  format?: ImageFormat;
  width?: number;
  height?: number;
  pixelRatio?: number;
  transparent?: boolean;
}

/** An export's checked options and everything it draws. */
export interface ExportScene {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  readonly transparent: boolean;
  readonly index: AtlasIndex;
  readonly view: FilteredView;
  readonly selection: Selection;
  readonly lang: Lang;
  readonly theme: MapTheme;
  readonly text: OverlayText;
  readonly colours: OverlayColours;
  /** The page's font stack. */
  readonly family: string;
}

function checked(name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`exportImage: ${name} must be between ${min} and ${max} (got ${value})`);
  }
  return value;
}

function formatOf(value: unknown): ImageFormat {
  const format = IMAGE_FORMATS.find((f) => f === (value ?? 'png'));
  if (!format) {
    throw new RangeError(`exportImage: format must be one of png, svg, pdf (got ${String(value)})`);
  }
  return format;
}

function cssColours(): OverlayColours {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    paper: v('--paper', '#ffffff'),
    ink: v('--ink', '#1d2733'),
    ink2: v('--ink-2', '#4a5666'),
    accent: v('--accent', '#b4401d'),
    line: v('--line', '#dfe3e8'),
  };
}

/** Checks `options` and reads the view. Throws when the atlas is not loaded or an option is out of range. */
export function exportScene(options: ImageOptions, facts: LegendFacts): ExportScene {
  const format = formatOf(options.format);
  const width = Math.round(checked('width', options.width ?? 1920, 320, 4096));
  const height = Math.round(checked('height', options.height ?? 1080, 240, 4096));
  const pixelRatio = checked('pixelRatio', options.pixelRatio ?? 1, 1, 4);
  if (width * pixelRatio > 8192 || height * pixelRatio > 8192) {
    throw new RangeError('exportImage: width × pixelRatio and height × pixelRatio must be ≤ 8192');
  }
  const state = useAtlasStore.getState();
  if (state.load.status !== 'ready') throw new Error('exportImage: the atlas is not loaded yet');
  const { index } = state.load;
  const { lang, theme, selection } = state;
  const view = filteredView(index, state.filters);
  const appTitle = translate(lang, 'appTitle');
  const title = selectionTitle(index, selection, lang);
  const text: OverlayText = {
    eyebrow: title ? appTitle : translate(lang, 'appSubtitle'),
    title: title ?? appTitle,
    summary: filterSummary(index, view.filters, lang),
    legendTitle: translate(lang, 'legendTitle'),
    legend: legendRows(lang, legendStyle(svgStyle(lang, theme), facts), facts),
    footer: [
      translate(lang, 'exportSources', { sources: sourceList(view.articles, lang) }),
      `${translate(lang, 'attribution')} · ${translate(lang, 'dataAsOf', {
        date: formatDate(index.atlas.dataDate, lang),
      })}`,
    ],
    insetCaption: translate(lang, 'southChinaSeaInset'),
  };
  return {
    format,
    width,
    height,
    pixelRatio,
    transparent: options.transparent === true,
    index,
    view,
    selection,
    lang,
    theme,
    text,
    colours: cssColours(),
    family: getComputedStyle(document.body).fontFamily || 'sans-serif',
  };
}

/**
 * Where the map goes in an image of the scene's size: laid out like a 1280×720
 * screen scaled up `k` times (at most 2×), so its labels stay legible on a
 * slide (a 3840×2160 layout shows more of the map than 1920×1080 @2×), with
 * the overlays' areas as insets in those screen pixels.
 */
export function mapFrame(scene: Pick<ExportScene, 'width' | 'height'>, layout: OverlayLayout) {
  const k = Math.max(1, Math.min(2, scene.width / 1280, scene.height / 720));
  const { top, right, bottom, left } = layout.insets;
  return {
    k,
    width: Math.round(scene.width / k),
    height: Math.round(scene.height / k),
    insets: { top: top / k, right: right / k, bottom: bottom / k, left: left / k },
    covered: layout.groups.flatMap((group) => {
      const box = groupBox(group);
      return box ? [keepOut(box, 1 / k)] : [];
    }),
  };
}

/** A file name that says what the image shows: `cooperation-atlas_rongchang_2016-2024_1920x1080.png`. */
export function imageFileName(
  format: ImageFormat,
  width: number,
  height: number,
  pixelRatio: number,
): string {
  const { selection, filters } = useAtlasStore.getState();
  const what = !selection
    ? 'overview'
    : selection.kind === 'region'
      ? selection.id
      : selection.kind === 'flow'
        ? `${selection.a.id}-${selection.b.id}`
        : `${selection.a}-${selection.b}`;
  const years = filters.years ? `_${filters.years.join('-')}` : '';
  const ratio = format === 'png' ? pixelRatio : 1;
  const size = `${Math.round(width * ratio)}x${Math.round(height * ratio)}`;
  return `cooperation-atlas_${what}${years}_${size}.${format}`;
}

/**
 * The scene with its legend read from what the export's map drew (its flows' event counts):
 * the legend is laid out before the map from the live map's, then rewritten with these.
 */
export function withDrawnLegend(scene: ExportScene, drawn: MapFeatures): ExportScene {
  const facts = legendFacts(drawn);
  const provisional = scene.text.legend.some((r) => r.kind === 'arrow');
  const style = legendStyle(svgStyle(scene.lang, scene.theme), facts);
  return {
    ...scene,
    text: { ...scene.text, legend: legendRows(scene.lang, style, facts, provisional) },
  };
}
