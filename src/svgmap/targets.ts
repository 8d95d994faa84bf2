/**
 * Map targets (a region or a link) to and from the store's selection and
 * hover, and the SVG map's select and hover actions, which behave like the
 * WebGL map's pointer handlers (`useMapInstance`).
 */
import { useMemo, useRef } from 'react';
import { PAIR_SEPARATOR, pairKey } from '../domain/select';
import { setHover } from '../map/hoverStore';
import type { MapTarget } from '../map/mapSync';
import { useAtlasStore, type Selection } from '../state/store';
import type { PointerActions } from './useSvgPointer';

/** The map target of a selection (a pair is its link). */
export function selectionTarget(selection: Selection): MapTarget {
  if (!selection) return null;
  if (selection.kind === 'region') return { kind: 'region', id: selection.id };
  return { kind: 'link', id: pairKey(selection.a, selection.b) };
}

/** The map target of the store's `hovered` id (link ids contain the pair separator). */
export function hoveredTarget(id: string | null): MapTarget {
  if (!id) return null;
  return id.includes(PAIR_SEPARATOR) ? { kind: 'link', id } : { kind: 'region', id };
}

/** The selection a click on `target` makes (null clears it, as a click on the sea does). */
export function toSelection(target: MapTarget): Selection {
  if (!target) return null;
  if (target.kind === 'region') return { kind: 'region', id: target.id };
  const [a = '', b = ''] = target.id.split(PAIR_SEPARATOR);
  return { kind: 'pair', a, b };
}

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
