/** What the user has selected: a region, a pair of regions (a link), a flow, or nothing. */
import { PAIR_SEPARATOR, pairKey } from './pairs';
import type { RegionId } from './schema';

/** One end of a merged flow: a region on its own, or (`deep`) with everything inside it. */
export interface FlowEndRef {
  readonly id: RegionId;
  readonly deep: boolean;
}

/**
 * What is selected: a region, a pair of regions (the link between exactly those two),
 * a flow (every link between two ends, e.g. Sichuan and everything in it and Zhejiang
 * and everything in it), or nothing.
 */
export type Selection =
  | { readonly kind: 'region'; readonly id: RegionId }
  | { readonly kind: 'pair'; readonly a: RegionId; readonly b: RegionId }
  | { readonly kind: 'flow'; readonly a: FlowEndRef; readonly b: FlowEndRef }
  | null;

/** Marks a deep end in a flow id: `sichuan*~zhejiang*` is everything between the two provinces. */
export const DEEP_MARK = '*';

/** The key of one end: its id, marked when deep. */
export function endKey(end: FlowEndRef): string {
  return end.deep ? `${end.id}${DEEP_MARK}` : end.id;
}

/** Parses an end key (`sichuan` or `sichuan*`). */
export function parseEnd(key: string): FlowEndRef {
  const deep = key.endsWith(DEEP_MARK);
  return { id: deep ? key.slice(0, -DEEP_MARK.length) : key, deep };
}

/** The id of the flow between two ends, order-free; for two plain regions, their link's id. */
export function flowKey(a: FlowEndRef, b: FlowEndRef): string {
  return pairKey(endKey(a), endKey(b));
}

/** Whether two selections pick the same thing (a pair or a flow in either order). */
export function sameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'region') return b.kind === 'region' && a.id === b.id;
  if (a.kind === 'flow') return b.kind === 'flow' && flowKey(a.a, a.b) === flowKey(b.a, b.b);
  return b.kind === 'pair' && pairKey(a.a, a.b) === pairKey(b.a, b.b);
}

/** True when a flow id names a merged flow (one of its ends is deep), not a single link. */
export function isMergedFlowId(id: string): boolean {
  return id.split(PAIR_SEPARATOR).some((k) => k.endsWith(DEEP_MARK));
}

/** The regions a selection names: one region, both ends of a pair, or a flow's two ends. */
export function selectedRegionIds(selection: Selection): RegionId[] {
  if (!selection) return [];
  if (selection.kind === 'region') return [selection.id];
  if (selection.kind === 'pair') return [selection.a, selection.b];
  return [selection.a.id, selection.b.id];
}
