/**
 * The PNG of an export: the map drawn at the slide's size and pixel ratio by the
 * map on screen (`MapController.capture`: a hidden WebGL map, or the SVG map's
 * canvas painter), the South China Sea inset when the view needs it, then the overlays.
 */
import type { MapController } from '../mapmodel/controller';
import { paletteFor } from '../mapmodel/theme';
import { SOUTH_CHINA_SEA_SIZE } from '../mapmodel/extent';
import { insetImage } from './inset';
import { layoutOverlays } from './overlays';
import { canvasTextMeasure, paintCanvas } from './paintCanvas';
import { mapFrame, withDrawnLegend, type ExportScene } from './scene';

/** Draws `scene` on a canvas, the map by `controller`, and encodes it as PNG. */
export async function pngImage(
  scene: ExportScene,
  controller: MapController | null,
): Promise<Blob> {
  const { width, height, pixelRatio, transparent } = scene;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('exportImage: this browser cannot draw on a canvas');
  ctx.scale(pixelRatio, pixelRatio);
  const inset = { ...SOUTH_CHINA_SEA_SIZE, frame: paletteFor(scene.theme).countryLine };
  const measure = canvasTextMeasure(ctx, scene.family);
  const frame = mapFrame(
    scene,
    layoutOverlays(scene.text, scene.colours, measure, width, height, inset),
  );
  const map = await controller?.capture({
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
    covered: frame.covered,
  });
  if (!transparent) {
    ctx.fillStyle = scene.colours.paper;
    ctx.fillRect(0, 0, width, height);
  }
  if (map) ctx.drawImage(map.canvas, 0, 0, width, height);
  // The legend tells what this picture draws: its flows' event counts, not the screen's.
  const drawn = map ? withDrawnLegend(scene, map.features) : scene;
  const layout = layoutOverlays(drawn.text, scene.colours, measure, width, height, inset);
  const picture = map?.needsInset ? await insetImage(controller, scene.theme) : null;
  paintCanvas(
    ctx,
    picture ? [layout.inset, ...layout.groups] : layout.groups,
    scene.family,
    picture,
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('exportImage: PNG encoding failed'))),
      'image/png',
    ),
  );
}
