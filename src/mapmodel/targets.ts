/**
 * Map targets: what the pointer is over or what is selected (a region, or a link or
 * merged flow by its id),
 * and how they map to and from the store's selection and hover.
 */
import { PAIR_SEPARATOR, pairKey } from '../domain/pairs';
import type { RegionId } from '../domain/schema';
import { flowKey, isMergedFlowId, parseEnd, type Selection } from '../domain/selection';

/** What the pointer is over or what is selected: a region id or a link id, or nothing. */
export type MapTarget =
  | { readonly kind: 'region'; readonly id: RegionId }
  | { readonly kind: 'link'; readonly id: string }
  | null;

/** The map target of a selection (a pair is its link). */
export function selectionTarget(selection: Selection): MapTarget {
  if (!selection) return null;
  if (selection.kind === 'region') return { kind: 'region', id: selection.id };
  if (selection.kind === 'flow') return { kind: 'link', id: flowKey(selection.a, selection.b) };
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
  if (isMergedFlowId(target.id)) return { kind: 'flow', a: parseEnd(a), b: parseEnd(b) };
  return { kind: 'pair', a, b };
}

/** True when both name the same target. */
export function sameTarget(a: MapTarget, b: MapTarget): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
