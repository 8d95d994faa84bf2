import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { selectedRegionIds } from '../domain/selection';
import { mapControl } from './mapControl';
import { Panel } from '../panel/Panel';
import { useT } from '../i18n/useT';
import { useAtlasStore, type Selection } from '../state/store';

/**
 * Below this size (e.g. a 620×420 slide iframe) the panel would cover half the
 * map and the place it is about: it stays closed until asked for, then takes the frame.
 */
export const COMPACT_FRAME = { width: 760, height: 460 } as const;

/** Whether the embed's frame is compact (see {@link COMPACT_FRAME}), following resizes. */
export function useCompactFrame(): boolean {
  const measure = () =>
    window.innerWidth < COMPACT_FRAME.width || window.innerHeight < COMPACT_FRAME.height;
  const [compact, setCompact] = useState(measure);
  useEffect(() => {
    const onResize = () => setCompact(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return compact;
}

/**
 * The side the panel goes on: the right, unless the selected place is under it
 * there and not under it on the left. Read when the selection changes.
 */
function sideFor(selection: Selection, panel: HTMLElement): 'left' | 'right' {
  const width = panel.offsetWidth + 34;
  const map = mapControl.get();
  const xs = selectedRegionIds(selection).flatMap((id) => map?.screenPoint(id)?.x ?? []);
  const underRight = xs.some((x) => x > window.innerWidth - width);
  const underLeft = xs.some((x) => x < width);
  return underRight && !underLeft ? 'left' : 'right';
}

/**
 * The selection's panel as an overlay, on the side away from the selected place.
 * In a compact frame it opens only from the title card's Details button, over the
 * whole frame. Closing hides it until the next selection.
 */
export function EmbedPanel({
  open,
  compact,
  onClose,
}: {
  open: boolean;
  compact: boolean;
  onClose: () => void;
}) {
  const { t } = useT();
  const selection = useAtlasStore((s) => s.selection);
  // Where the place is drawn is known once a map is: the SVG map's first frame, then MapLibre's.
  const mapStatus = useAtlasStore((s) => s.mapStatus);
  const panel = useRef<HTMLDivElement>(null);
  // Placed before the first paint of each selection, by the map's picture of where the place is.
  useLayoutEffect(() => {
    const element = panel.current;
    if (element && !compact) element.dataset.side = sideFor(selection, element);
  }, [open, compact, selection, mapStatus]);
  if (!open) return null;
  return (
    <div className={compact ? 'embed-panel embed-panel--full' : 'embed-panel'} ref={panel}>
      <button
        type="button"
        className="embed-panel__close"
        aria-label={t('embedPanelClose')}
        onClick={onClose}
      >
        ×
      </button>
      <Panel />
    </div>
  );
}
