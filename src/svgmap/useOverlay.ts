/**
 * The overlay both maps draw (`SvgOverlay`), laid out by the map model for a camera in the
 * store's language, theme, selection and hover, clear of the attribution line as tall as it is
 * on screen, and whether it fades while the timeline plays.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Camera, ViewSize } from '../mapmodel/camera';
import { prefersReducedMotion } from '../mapmodel/controller';
import { ATTRIBUTION_BAND, canvasMeasure, coveredOnScreen } from '../mapmodel/labels';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import { buildOverlay } from '../mapmodel/overlay';
import { svgStyle } from '../mapmodel/style/read';
import { hoveredTarget, selectionTarget } from '../mapmodel/targets';
import { useAtlasStore } from '../state/store';

let band = ATTRIBUTION_BAND;
const listeners = new Set<() => void>();

/**
 * The map's attribution line is `height` px tall on screen (two lines or more in a narrow map,
 * in English, or with the note of weaker flows): labels keep clear of it, and at least of
 * {@link ATTRIBUTION_BAND}, the one line the baked picture was placed for.
 */
export function reportAttributionHeight(height: number): void {
  const next = Math.max(ATTRIBUTION_BAND, Math.ceil(height));
  if (next === band) return;
  band = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

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
  const covered = useSyncExternalStore(subscribe, () => band);
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
            covered: coveredOnScreen(size, covered),
          })
        : null,
    [features, camera, size, style, selected, hovered, measure, covered],
  );
  return { overlay, style, selected, hovered, fade: playing && !prefersReducedMotion() };
}
