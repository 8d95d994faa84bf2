/**
 * Hooks that derive view data from the store with the pure `domain/` selectors.
 * The filtered view is memoised once for all components (one entry: the last
 * index and filters), so the map, the panel and the overview share one result.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Filters } from '../domain/filters';
import { selectView, type FilteredView } from '../domain/select';
import { useAtlasStore } from './store';

let last: { index: AtlasIndex; filters: Filters; view: FilteredView } | null = null;

/** `selectView` with a one-entry cache keyed on the (immutable) index and filters references. */
export function filteredView(index: AtlasIndex, filters: Filters): FilteredView {
  if (last?.index !== index || last.filters !== filters) {
    last = { index, filters, view: selectView(index, filters) };
  }
  return last.view;
}

/** The loaded atlas index, or null while loading or after a failure. */
export function useIndex(): AtlasIndex | null {
  return useAtlasStore((s) => (s.load.status === 'ready' ? s.load.index : null));
}

/** The filtered view of the loaded atlas, or null before it is loaded. */
export function useFilteredView(): FilteredView | null {
  const index = useIndex();
  const filters = useAtlasStore((s) => s.filters);
  return index ? filteredView(index, filters) : null;
}
