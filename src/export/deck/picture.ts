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
import { viewBounds } from '../../mapmodel/camera';
import type { CaptureCamera, RenderStill } from '../../mapmodel/capture';
import type { MapController } from '../../mapmodel/controller';
import type { MapFeatures } from '../../mapmodel/mapFeatures';
import { atLeastMinSpan, unionBounds } from '../../mapmodel/fit';
import type { MapTheme } from '../../mapmodel/theme';
import { filteredView } from '../../state/derived';
import { translate } from '../../i18n/messages';
import { paletteFor } from '../../mapmodel/theme';
import { SOUTH_CHINA_SEA_SIZE } from '../../mapmodel/extent';
import { pageColours } from '../colours';
import { insetImage } from '../inset';
import { keepOut } from '../marks';
import { layoutInset } from '../overlays';
import { paintCanvas } from '../paintCanvas';
import type { Box } from './layout';
import type { SlideView } from './plan';

/** A PNG for a slide. */
export interface Picture {
  readonly dataUrl: string;
  readonly width: number;
  readonly height: number;
  /** What the picture's map draws (the slide's legend is read from it). */
  readonly features: MapFeatures;
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
  /** The card's, legend's and footer's boxes in inches: no label is placed under them. */
  readonly covered: readonly Box[];
}

/** The map a deck draws from: the live map (for region boxes and its view) and the still renderer. */
export interface DeckMap {
  readonly controller: MapController | null;
  readonly render: RenderStill;
}

/** The camera of a view: the story's, else the box of its regions, else the view on screen. */
function cameraOf(map: DeckMap, view: SlideView): CaptureCamera | undefined {
  if (view.camera) return view.camera;
  const box = unionBounds(
    view.frame.map((id): LonLatBounds | null => map.controller?.regionBox(id) ?? null),
  );
  if (box) return { bounds: atLeastMinSpan(box) };
  const live = map.controller?.view();
  return live ? { bounds: viewBounds(live.camera, live.size), maxZoom: 10 } : undefined;
}

/** Draws the picture of `request.view`. */
export async function mapPicture(request: PictureRequest, map: DeckMap): Promise<Picture> {
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
  const drawn = await map.render({
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
    covered: request.covered.map((box) => keepOut(box, px)),
    camera: cameraOf(map, view),
  });
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  ctx.drawImage(drawn.canvas, 0, 0, width, height);
  const scs = drawn.needsInset ? await insetImage(map.controller, request.theme) : null;
  if (scs) {
    ctx.scale(k, k);
    const size = { ...SOUTH_CHINA_SEA_SIZE, frame: paletteFor(request.theme).countryLine };
    const caption = translate(lang, 'southChinaSeaInset');
    const group = layoutInset(
      size,
      caption,
      pageColours().ink2,
      1,
      css.width - 12,
      css.height - bottom * px,
    );
    paintCanvas(ctx, [group], getComputedStyle(document.body).fontFamily || 'sans-serif', scs);
  }
  return { dataUrl: canvas.toDataURL('image/png'), width, height, features: drawn.features };
}
