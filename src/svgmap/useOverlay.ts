/**
 * The overlay both maps draw (`SvgOverlay`), laid out by the map model for a camera in the
 * store's language, theme, selection and hover, and whether it fades while the timeline plays.
 */
import { useMemo } from 'react';
import type { Camera, ViewSize } from '../mapmodel/camera';
import { prefersReducedMotion } from '../mapmodel/controller';
import { canvasMeasure, coveredOnScreen } from '../mapmodel/labels';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import { buildOverlay } from '../mapmodel/overlay';
import { svgStyle } from '../mapmodel/style/read';
import { hoveredTarget, selectionTarget } from '../mapmodel/targets';
import { useAtlasStore } from '../state/store';

/** The overlay of `features` at `camera` and `size` (null while any is missing), labels in `font`. */
export function useOverlay(
  features: MapFeatures | null,
  camera: Camera | null,
  size: ViewSize | null,
  font: string,
) {
  const lang = useAtlasStore((s) => s.lang);
  const theme = useAtlasStore((s) => s.theme);
  const selection = useAtlasStore((s) => s.selection);
  const hoveredId = useAtlasStore((s) => s.hovered);
  const playing = useAtlasStore((s) => s.playing);
  const selected = useMemo(() => selectionTarget(selection), [selection]);
  const hovered = useMemo(() => hoveredTarget(hoveredId), [hoveredId]);
  const measure = useMemo(() => canvasMeasure(font), [font]);
  const style = svgStyle(lang, theme);
  const overlay = useMemo(
    () =>
      features && camera && size
        ? buildOverlay({
            features,
            camera,
            size,
            style,
            selected,
            hovered,
            measure,
            covered: coveredOnScreen(size),
          })
        : null,
    [features, camera, size, style, selected, hovered, measure],
  );
  return { overlay, style, selected, hovered, fade: playing && !prefersReducedMotion() };
}
