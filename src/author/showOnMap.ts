/** Closing the authoring view on an article: its first link (or its first place) selected. */
import { targetOf } from '../domain/targets';
import type { AnnotationSource } from '../domain/schema';
import { useAtlasStore } from '../state/store';

/** Closes the authoring view and selects what the article adds, with the article open at its first quote. */
export function showOnMap(a: AnnotationSource): void {
  const store = useAtlasStore.getState();
  if (store.load.status !== 'ready') return;
  const first = a.events[0];
  const target = first
    ? targetOf(store.load.index, first.parties, first.direction)
    : targetOf(store.load.index, a.figures[0]?.regions ?? a.regions);
  store.setAuthoring(false);
  if (target) store.select(target);
}
