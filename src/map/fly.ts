/**
 * Camera moves of the presentation: fly the live map to a step's place (a box,
 * a centre and zoom, or the regions it names), keeping clear of the caption
 * card. Instant when the user prefers reduced motion.
 */
import type { RegionId, StoryCamera } from '../domain/schema';
import { atLeastMinSpan, unionBounds } from './camera';
import { registeredMap } from './screenPoint';

/** Pixels of the map covered by overlays on each side, which the place must avoid. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** True when the user asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Flies the live map to `camera`, or to frame `regions`. Returns false when
 * there is no map (WebGL unavailable) or nothing to frame.
 */
export function flyToPlace(
  regions: readonly RegionId[],
  camera: StoryCamera | null,
  insets: Insets,
): boolean {
  const registered = registeredMap();
  if (!registered) return false;
  const { map, container } = registered;
  const animate = !prefersReducedMotion();
  const { clientWidth: w, clientHeight: h } = container;
  const margin = Math.round(Math.max(12, Math.min(48, Math.min(w, h) * 0.06)));
  // Never pad more than the map has room for (MapLibre then refuses to fit).
  const padding = {
    top: Math.min(insets.top + margin, h * 0.4),
    bottom: Math.min(insets.bottom + margin, h * 0.45),
    left: Math.min(insets.left + margin, w * 0.4),
    right: Math.min(insets.right + margin, w * 0.4),
  };
  if (camera && 'center' in camera) {
    const target = { center: camera.center, zoom: camera.zoom, padding };
    if (animate) map.flyTo({ ...target, duration: 1600, essential: true });
    else map.jumpTo(target);
    return true;
  }
  const box =
    camera?.bounds ??
    unionBounds(
      regions.map((id) => {
        const p = registered.point(id);
        return registered.bounds(id) ?? (p ? [p, p] : null);
      }),
    );
  if (!box) return false;
  const [[west, south], [east, north]] = atLeastMinSpan(box);
  const target = map.cameraForBounds([west, south, east, north], { padding, maxZoom: 7 });
  if (!target) return false;
  if (animate) map.flyTo({ ...target, duration: 1600, essential: true });
  else map.jumpTo(target);
  return true;
}
