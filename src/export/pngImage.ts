/**
 * The PNG of an export: the map drawn at the slide's size and pixel ratio (on
 * a hidden WebGL map, or by the SVG map's canvas painter where there is no
 * WebGL), the South China Sea inset when the view needs it, then the overlays.
 */
import { captureMap } from '../map/capture';
import { paletteFor } from '../map/theme';
import { renderSvgMap } from '../svgmap';
import { SOUTH_CHINA_SEA_SIZE } from '../svgmap/toMarkup';
import { insetImage } from './inset';
import { layoutOverlays } from './overlays';
import { canvasTextMeasure, paintCanvas } from './paintCanvas';
import { mapFrame, type ExportScene } from './scene';

/** Draws `scene` on a canvas and encodes it as PNG. */
export async function pngImage(scene: ExportScene): Promise<Blob> {
  const { width, height, pixelRatio, transparent } = scene;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('exportImage: this browser cannot draw on a canvas');
  ctx.scale(pixelRatio, pixelRatio);
  const layout = layoutOverlays(
    scene.text,
    scene.colours,
    canvasTextMeasure(ctx, scene.family),
    width,
    height,
    { ...SOUTH_CHINA_SEA_SIZE, frame: paletteFor(scene.theme).countryLine },
  );
  const frame = mapFrame(scene, layout);
  const request = {
    index: scene.index,
    view: scene.view,
    selection: scene.selection,
    lang: scene.lang,
    theme: scene.theme,
    width: frame.width,
    height: frame.height,
    pixelRatio: pixelRatio * frame.k,
    transparent,
    insets: frame.insets,
  };
  const map = (await captureMap(request)) ?? (await renderSvgMap(request));
  if (!transparent) {
    ctx.fillStyle = scene.colours.paper;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(map.canvas, 0, 0, width, height);
  const inset = map.needsInset ? await insetImage(scene.theme) : null;
  paintCanvas(ctx, inset ? [layout.inset, ...layout.groups] : layout.groups, scene.family, inset);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('exportImage: PNG encoding failed'))),
      'image/png',
    ),
  );
}
