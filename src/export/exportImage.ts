/**
 * The PNG export of the current view, for slides: the map (basemap included)
 * drawn at the slide's size, then the title, active filters, legend, sources,
 * attribution with the approval line and the data date. One code path for the
 * Export dialog and `window.atlas.exportImage`. Loaded on demand.
 */
import { formatDate } from '../domain/format';
import { legendRows } from '../ui/legend';
import { filterSummary, selectionTitle, sourceList } from '../ui/summary';
import { translate } from '../i18n/messages';
import type { MapController } from '../mapmodel/controller';
import { filteredView } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { pageColours } from './colours';
import { drawInset } from './inset';
import { drawOverlays, layoutOverlays, type OverlayText } from './overlays';

/** Options of an export; see `window.atlas.exportImage` in the README. */
export interface ImageOptions {
  width?: number;
  height?: number;
  pixelRatio?: number;
  transparent?: boolean;
}

function checked(name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`exportImage: ${name} must be between ${min} and ${max} (got ${value})`);
  }
  return value;
}

/** Renders the current view to a PNG blob. Rejects when the atlas is not loaded or options are out of range. */
export async function exportImage(
  options: ImageOptions = {},
  controller: MapController | null,
): Promise<Blob> {
  const width = Math.round(checked('width', options.width ?? 1920, 320, 4096));
  const height = Math.round(checked('height', options.height ?? 1080, 240, 4096));
  const pixelRatio = checked('pixelRatio', options.pixelRatio ?? 1, 1, 4);
  if (width * pixelRatio > 8192 || height * pixelRatio > 8192) {
    throw new RangeError('exportImage: width × pixelRatio and height × pixelRatio must be ≤ 8192');
  }
  const transparent = options.transparent === true;
  const state = useAtlasStore.getState();
  if (state.load.status !== 'ready') throw new Error('exportImage: the atlas is not loaded yet');
  const { index } = state.load;
  const { lang, theme, selection } = state;
  const view = filteredView(index, state.filters);
  await document.fonts.ready;

  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const appTitle = translate(lang, 'appTitle');
  const title = selectionTitle(index, selection, lang);
  const text: OverlayText = {
    eyebrow: title ? appTitle : translate(lang, 'appSubtitle'),
    title: title ?? appTitle,
    summary: filterSummary(index, view.filters, lang),
    legendTitle: translate(lang, 'legendTitle'),
    legend: legendRows(view, lang, theme),
    footer: [
      translate(lang, 'exportSources', { sources: sourceList(view.articles, lang) }),
      `${translate(lang, 'attribution')} · ${translate(lang, 'dataAsOf', {
        date: formatDate(index.atlas.dataDate, lang),
      })}`,
    ],
  };

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('exportImage: this browser cannot draw on a canvas');
  ctx.scale(pixelRatio, pixelRatio);
  const layout = layoutOverlays(ctx, text, family, width, height);
  const colours = pageColours();
  // The map is laid out like a 1280×720 screen scaled up (at most 2×), so its labels stay legible
  // on a slide; a 3840×2160 layout shows more of the map than 1920×1080 @2×.
  const k = Math.max(1, Math.min(2, width / 1280, height / 720));
  const { top, right, bottom, left } = layout.insets;
  const map = await controller?.capture({
    index,
    view,
    selection,
    lang,
    theme,
    width: Math.round(width / k),
    height: Math.round(height / k),
    pixelRatio: pixelRatio * k,
    transparent,
    insets: { top: top / k, right: right / k, bottom: bottom / k, left: left / k },
  });
  if (!transparent) {
    ctx.fillStyle = colours.paper;
    ctx.fillRect(0, 0, width, height);
  }
  if (map) ctx.drawImage(map.canvas, 0, 0, width, height);
  if (map?.needsInset) await drawInset(ctx, width, height - layout.footerHeight, layout.scale);
  drawOverlays(ctx, layout, text, colours, family, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('exportImage: PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** A file name that says what the image shows: `cooperation-atlas_rongchang_2016-2024_1920x1080.png`. */
export function imageFileName(width: number, height: number, pixelRatio: number): string {
  const { selection, filters } = useAtlasStore.getState();
  const what = !selection
    ? 'overview'
    : selection.kind === 'region'
      ? selection.id
      : `${selection.a}-${selection.b}`;
  const years = filters.years ? `_${filters.years.join('-')}` : '';
  const size = `${Math.round(width * pixelRatio)}x${Math.round(height * pixelRatio)}`;
  return `cooperation-atlas_${what}${years}_${size}.png`;
}
