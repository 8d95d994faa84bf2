/**
 * Keeps the WebGL map's labels where the map model places them: placed again (at most
 * every {@link PLACE_EVERY_MS} while the camera moves, and when it stops) with the same
 * rule, font measure and style as the SVG map, so both pictures label the same places.
 */
import { useEffect } from 'react';
import type { Selection } from '../domain/selection';
import { canvasMeasure } from '../mapmodel/labels';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import { buildLabels } from '../mapmodel/overlay';
import { placedLabelFeatures } from '../mapmodel/placedLabels';
import { FALLBACK_FONTS, LABEL_FONT_FAMILY } from '../mapmodel/style/fonts';
import { svgStyle } from '../mapmodel/style/read';
import { selectionTarget } from '../mapmodel/targets';
import { useAtlasStore } from '../state/store';
import { cameraOf, sizeOf } from './camera';
import type { MapHandle } from './useMapInstance';

/** While the camera moves, labels are placed again at most this often. */
export const PLACE_EVERY_MS = 120;

/** Places the labels of `features` on the MapLibre map of `handle` and keeps them placed. */
export function usePlacedLabels(
  handle: MapHandle | null,
  features: MapFeatures | null,
  selection: Selection,
  fontReady: boolean,
): void {
  const lang = useAtlasStore((s) => s.lang);
  const theme = useAtlasStore((s) => s.theme);
  useEffect(() => {
    if (!handle || !features || !fontReady) return;
    const { map, sync } = handle;
    const measure = canvasMeasure(`"${LABEL_FONT_FAMILY}", ${FALLBACK_FONTS}`);
    const style = svgStyle(lang, theme);
    const selected = selectionTarget(selection);
    let frame = 0;
    let placedAt = 0;
    // MapLibre calls the listeners an event had when it fired: a `moveend` whose first listener
    // settles the view (and so replaces this effect) still calls this `place` afterwards.
    let disposed = false;
    const place = () => {
      frame = 0;
      if (disposed) return;
      placedAt = performance.now();
      const camera = cameraOf(map);
      const size = sizeOf(map);
      const labels = buildLabels({
        features,
        camera,
        size,
        style,
        selected,
        hovered: null,
        measure,
      });
      sync.setLabels(placedLabelFeatures(labels, features), labels);
    };
    const onMove = () => {
      if (frame === 0 && performance.now() - placedAt >= PLACE_EVERY_MS)
        frame = requestAnimationFrame(place);
    };
    place();
    map.on('move', onMove);
    map.on('moveend', place);
    map.on('resize', place);
    return () => {
      disposed = true;
      cancelAnimationFrame(frame);
      map.off('move', onMove);
      map.off('moveend', place);
      map.off('resize', place);
    };
  }, [handle, features, fontReady, lang, theme, selection]);
}
