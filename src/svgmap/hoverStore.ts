/**
 * The pointer's target and position, for the tooltip only. Kept out of the app
 * store because it changes on every mouse move and nothing else re-renders for it.
 */
import { useSyncExternalStore } from 'react';
import type { MapTarget } from '../mapmodel/targets';

/** The hovered target and the pointer's position in map-container pixels. */
export interface Hover {
  readonly target: MapTarget;
  readonly x: number;
  readonly y: number;
}

const NONE: Hover = { target: null, x: 0, y: 0 };
let hover: Hover = NONE;
const listeners = new Set<() => void>();

/** Sets the hover; `null` target hides the tooltip. */
export function setHover(next: Hover): void {
  if (next.target === null && hover.target === null) return;
  hover = next.target === null ? NONE : next;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current hover, re-rendering on change. */
export function useHover(): Hover {
  return useSyncExternalStore(subscribe, () => hover);
}
