/**
 * Whether the live SVG map keeps the page's baked picture as its own first frame. The build
 * draws the default view with the same components (`scripts/prerender/`); when the live map's
 * first view would draw exactly that picture (`pictureKey`: same size, camera, theme,
 * language, font, shading and overlay), drawing it again would cost the page its whole first
 * paint a second time. So the live map stays transparent over it until the first change (the
 * key differs), the first pointer, wheel, key or focus on the map, or the first idle moment,
 * and then draws itself and the baked frame goes, in the same frame. A page that cannot keep
 * it (another view, size or language, a missing key) draws at once, as it always did.
 */
import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import {
  adoptFirstFrame,
  bakedPicture,
  dismissFirstFrame,
  firstFrameAdopted,
  releaseFirstFrame,
  setFirstFrameRelease,
} from './firstFrame';
import { useAtlasStore } from '../state/store';
import { pictureKey, type PictureInput } from './pictureKey';

/** Events on the map that end the adoption before they are handled: the live map draws first. */
const RELEASING = ['pointerover', 'pointerdown', 'wheel', 'keydown', 'focusin'] as const;

/** The longest the live map waits for an idle moment before drawing itself. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Makes the live map draw its own elements now, if it is keeping the baked picture: for
 * what reads the map's elements (`screenPoint`, `mapSnapshot`), which must find the map's own.
 */
export function drawKeptMap(): void {
  if (firstFrameAdopted()) flushSync(releaseFirstFrame);
}

/** Calls `run` at the first idle moment (or after the timeout); returns the cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, IDLE_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  return () => cancelIdleCallback(handle);
}

/**
 * True while the baked picture stands for the live map (or may: its first view is not laid
 * out yet). `input`: what the live map would draw now, or null while something is missing.
 */
export function useAdoption(
  input: PictureInput | null,
  container: RefObject<HTMLElement | null>,
): boolean {
  const ready = useAtlasStore((s) => s.mapStatus !== 'starting');
  const [baked] = useState(() => bakedPicture()?.key ?? null);
  const [released, setReleased] = useState(baked === null);
  const key = useMemo(() => (released || !input ? null : pictureKey(input)), [released, input]);
  // The first view is not the baked one, or the view changed since: draw it.
  if (!released && key !== null && key !== baked) setReleased(true);
  const adopted = !released && key !== null;

  useLayoutEffect(() => {
    if (adopted) adoptFirstFrame();
  }, [adopted]);
  // Released after it was adopted: the live map's own picture is in this commit; the baked one goes.
  useLayoutEffect(() => {
    if (released && firstFrameAdopted()) dismissFirstFrame();
  }, [released]);

  // The live map goes (MapLibre took over, the atlas failed) while keeping the picture: it goes too.
  useEffect(
    () => () => {
      if (firstFrameAdopted()) dismissFirstFrame();
    },
    [],
  );

  useEffect(() => {
    if (!adopted) return;
    const release = () => setReleased(true);
    const element = container.current;
    for (const type of RELEASING) element?.addEventListener(type, release, { capture: true });
    setFirstFrameRelease(release);
    return () => {
      for (const type of RELEASING) element?.removeEventListener(type, release, { capture: true });
      setFirstFrameRelease(null);
    };
  }, [adopted, container]);
  // Once the atlas is ready (not in the idle moments between the frames of its start).
  useEffect(
    () => (adopted && ready ? whenIdle(() => setReleased(true)) : undefined),
    [adopted, ready],
  );

  return !released;
}
