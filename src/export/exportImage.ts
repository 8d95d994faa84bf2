/**
 * The export of the current view, for slides and print: PNG (the map drawn at
 * the slide's size on a canvas), SVG (text as text, the map as vector paths)
 * or PDF (the SVG with the Chinese glyphs it uses embedded), each with the
 * title, active filters, legend, sources, attribution with the approval line
 * and the data date, laid out once (`overlays.ts`). One code path for the
 * Export dialog and `window.atlas.exportImage`. Loaded on demand; the vector
 * formats load their code only when asked for.
 */
import type { MapController } from '../mapmodel/controller';
import { legendFacts } from '../mapmodel/legend';
import { pngImage } from './pngImage';
import { exportScene, type ImageOptions } from './scene';

export { imageFileName, type ImageFormat, type ImageOptions } from './scene';

/**
 * Renders the current view to a PNG, SVG or PDF blob; `controller` is the map on
 * screen (its view is the one exported). Rejects when the atlas is not loaded or
 * options are out of range.
 */
export async function exportImage(
  options: ImageOptions = {},
  controller: MapController | null,
): Promise<Blob> {
  const snapshot = controller?.snapshot() ?? null;
  const facts = legendFacts(
    snapshot && {
      arcs: snapshot.geojson.flows,
      points: snapshot.geojson.points,
      weaker: snapshot.weaker,
    },
  );
  const scene = exportScene(options, facts);
  await document.fonts.ready;
  if (scene.format === 'png') return pngImage(scene, controller);
  const { vectorImage } = await import('./vector/vectorImage');
  return vectorImage(scene, controller);
}
