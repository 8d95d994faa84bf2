/**
 * A slide's map picture: the view of one step (its selection, filters and
 * camera) drawn by the SVG map's canvas renderer at the picture's pixel size,
 * with the South China Sea inset when the view needs it, as a PNG.
 *
 * Why the 2D renderer and not a hidden MapLibre map (what the PNG export uses):
 * on this kind of machine (no GPU) one 1920×1080 WebGL capture takes 15–45 s,
 * the 2D one a quarter of a second, and a 2D canvas gives the same bytes on
 * every run, which a reproducible deck needs. Both renderers draw the same map.
 */
import type { AtlasIndex } from '../../domain/atlasIndex';
import type { Lang } from '../../domain/format';
import type { LonLatBounds } from '../../domain/mapFeatures';
import { atLeastMinSpan, unionBounds } from '../../map/camera';
import { liveViewBounds } from '../../map/liveBounds';
import type { MapTheme } from '../../map/theme';
import { filteredView } from '../../state/derived';
import { preloadSvgBoundaries } from '../../svgmap/geographyCache';
import { renderSvgMap, type CaptureCamera } from '../../svgmap/toCanvas';
import { drawInset } from '../inset';
import type { SlideView } from './plan';
import { withInsetFigure } from './scsInset';

/** A PNG for a slide. */
export interface Picture {
  readonly dataUrl: string;
  readonly width: number;
  readonly height: number;
}

/** What to draw: the view, and the picture's pixel size and the slide's width in inches. */
export interface PictureRequest {
  readonly index: AtlasIndex;
  readonly view: SlideView;
  readonly lang: Lang;
  readonly theme: MapTheme;
  readonly width: number;
  readonly height: number;
  readonly slideWidth: number;
  /** Inches of the slide the card, legend and footer cover. */
  readonly insets: { top: number; right: number; bottom: number; left: number };
}

/** The camera of a view: the story's, else the box of its regions, else the view on screen. */
async function cameraOf(index: AtlasIndex, view: SlideView): Promise<CaptureCamera | undefined> {
  if (view.camera) return view.camera;
  if (view.frame.length) {
    const { bounds } = await preloadSvgBoundaries();
    const box = unionBounds(
      view.frame.map((id): LonLatBounds | null => {
        const point = index.regionById.get(id)?.point;
        return bounds.get(id) ?? (point ? [point, point] : null);
      }),
    );
    if (box) return { bounds: atLeastMinSpan(box) };
  }
  const live = liveViewBounds();
  return live ? { bounds: live, maxZoom: 10 } : undefined;
}

/** Draws the picture of `request.view`. */
export async function mapPicture(request: PictureRequest): Promise<Picture> {
  const { index, view, width, height, lang } = request;
  // Laid out like a 1280×720 screen scaled up (at most 2×), as the PNG export does, so the
  // labels read on a slide.
  const k = Math.max(1, Math.min(2, width / 1280, height / 720));
  const css = { width: width / k, height: height / k };
  const px = css.width / request.slideWidth;
  // The presentation's margin around a framed place (see `flyToPlace`).
  const margin = Math.round(Math.max(12, Math.min(48, Math.min(css.width, css.height) * 0.06)));
  const inset = (inches: number) => inches * px + margin;
  const { top, right, bottom, left } = request.insets;
  const drawn = await renderSvgMap({
    index,
    view: filteredView(index, view.filters),
    selection: view.selection,
    lang,
    theme: request.theme,
    width: css.width,
    height: css.height,
    pixelRatio: k,
    transparent: false,
    insets: { top: inset(top), right: inset(right), bottom: inset(bottom), left: inset(left) },
    camera: await cameraOf(index, view),
  });
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  ctx.drawImage(drawn.canvas, 0, 0, width, height);
  if (drawn.needsInset) {
    ctx.scale(k, k);
    await withInsetFigure(lang, (figure) =>
      drawInset(ctx, css.width, css.height - bottom * px, 1, figure),
    );
  }
  return { dataUrl: canvas.toDataURL('image/png'), width, height };
}
