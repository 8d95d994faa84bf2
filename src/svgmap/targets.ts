/**
 * The SVG map's select and hover actions, which behave like the WebGL map's
 * pointer handlers (`useMapInstance`).
 */
import { useMemo, useRef } from 'react';
import { setHover } from './hoverStore';
import { toSelection } from '../mapmodel/targets';
import { useAtlasStore } from '../state/store';
import type { PointerActions } from './useSvgPointer';

/** Select and hover on the SVG map: the store's selection, the tooltip and the store's `hovered`. */
export function usePointerActions(): PointerActions {
  const last = useRef<string | null>(null);
  return useMemo(
    () => ({
      select(target) {
        useAtlasStore.getState().select(toSelection(target));
      },
      hover(target, x, y) {
        setHover({ target, x, y });
        const id = target?.id ?? null;
        if (id !== last.current) useAtlasStore.getState().setHovered(id);
        last.current = id;
      },
    }),
    [],
  );
}
