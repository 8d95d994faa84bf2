/**
 * The fade of links, arrows and place markers while the timeline plays: what enters the
 * view fades in, what leaves it stays drawn while it fades out (CSS animations in
 * `svgmap.css`, {@link PLAY_FADE_MS} long). Nothing is laid out again meanwhile.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Overlay } from '../mapmodel/overlay';

/** How long links and markers take to fade in or out while the timeline plays. */
export const PLAY_FADE_MS = 500;

/** The overlay to draw, with the shapes fading out, and the keys fading in or out. */
export interface FadingOverlay {
  readonly overlay: Overlay;
  readonly entering: ReadonlySet<string>;
  readonly leaving: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

function keysOf(o: Pick<Overlay, 'arcs' | 'markers'>): Set<string> {
  return new Set([...o.arcs.map((a) => a.key), ...o.markers.map((m) => m.id)]);
}

/**
 * The fade from `before` to `after`: `after` with the links, arrows and markers that left
 * drawn under it, and which keys enter and leave; null when nothing enters or leaves.
 */
export function fadeBetween(before: Overlay, after: Overlay): FadingOverlay | null {
  const was = keysOf(before);
  const now = keysOf(after);
  const entering = new Set([...now].filter((k) => !was.has(k)));
  const leaving = new Set([...was].filter((k) => !now.has(k)));
  if (entering.size === 0 && leaving.size === 0) return null;
  const left = <T>(shapes: readonly T[], key: (s: T) => string) =>
    shapes.filter((s) => leaving.has(key(s)));
  return {
    overlay: {
      ...after,
      arcs: [...left(before.arcs, (a) => a.key), ...after.arcs],
      arrows: [...left(before.arrows, (a) => a.key), ...after.arrows],
      markers: [...left(before.markers, (m) => m.id), ...after.markers],
    },
    entering,
    leaving,
  };
}

/** `overlay` as drawn while `on`: changes of what it holds fade (see the module comment). */
export function usePlayFade(overlay: Overlay, on: boolean): FadingOverlay {
  const previous = useRef(overlay);
  const [fade, setFade] = useState<{ to: Overlay; drawn: FadingOverlay } | null>(null);
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = overlay;
    const drawn = on && before !== overlay ? fadeBetween(before, overlay) : null;
    if (drawn) setFade({ to: overlay, drawn });
  }, [overlay, on]);
  useEffect(() => {
    if (!fade) return;
    const timer = setTimeout(() => setFade(null), PLAY_FADE_MS);
    return () => clearTimeout(timer);
  }, [fade]);
  // A fade belongs to the overlay it went to: a newer one (a hover, a camera move) ends it.
  return fade?.to === overlay ? fade.drawn : { overlay, entering: NONE, leaving: NONE };
}
