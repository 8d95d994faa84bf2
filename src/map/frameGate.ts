/**
 * Holds MapLibre's frames while its data is incomplete.
 *
 * MapLibre draws a frame whenever a source's worker update or a batch of tiles
 * arrives. Without a GPU (SwiftShader: the locked-down laptops and remote
 * desktops the atlas is opened on) each frame costs 150–500 ms, most of it the
 * main thread waiting for the frame to be read back, and a frame that shows half
 * the sources is of no use to anyone: at start-up the SVG map covers the canvas,
 * and after a filter change the old picture is still right until the new one is
 * complete. So a repaint asked for while a source is updating or a visible tile
 * is loading is held; the arrival that completes the data asks again and is
 * drawn. A moving camera is never held (a gesture or an animation must not
 * stall), and a held repaint is drawn once nothing has arrived for `maxHoldMs`,
 * so a source that never settles cannot freeze the map.
 *
 * MapLibre has no public switch for this; `triggerRepaint` is the public method
 * every one of its frames is requested through, so the gate wraps it on the
 * instance.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A held repaint is drawn after this many ms without an arrival. */
export const MAX_HOLD_MS = 1000;

/** The parts of a map the gate reads; a MapLibre map has them. */
export type GatedMap = Pick<MapLibreMap, 'triggerRepaint' | 'isMoving' | 'areTilesLoaded'> & {
  readonly style?: {
    readonly tileManagers?: Readonly<
      Record<string, { getSource(): { loaded(): boolean } } | undefined>
    >;
  };
};

/** True while a source is still turning its data into tiles or a tile in view is loading. */
function dataPending(map: GatedMap): boolean {
  const managers = map.style?.tileManagers ?? {};
  for (const id in managers) if (managers[id]?.getSource().loaded() === false) return true;
  return !map.areTilesLoaded();
}

/** Installs the gate on `map`, for the map's lifetime. */
export function holdFramesWhileLoading(map: GatedMap, maxHoldMs = MAX_HOLD_MS): void {
  const draw = map.triggerRepaint.bind(map);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const release = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    draw();
  };
  map.triggerRepaint = () => {
    if (map.isMoving() || !dataPending(map)) {
      release();
      return;
    }
    // Every held request is an arrival (MapLibre asks when data or a tile comes in): start the wait again.
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(release, maxHoldMs);
  };
}
