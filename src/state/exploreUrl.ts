/**
 * The explore parameters of the URL: `view=table|compare` (the map area's tab;
 * the map is the default and is omitted) and `compare=<id>~<id>` (or one id while
 * the second is being chosen), written only with `view=compare`.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { PAIR_SEPARATOR } from '../domain/pairs';
import type { RegionId } from '../domain/schema';
import type { ExploreView } from './store';

/** The explore part of the URL state. */
export interface ExploreUrlState {
  readonly view: ExploreView;
  readonly compare: readonly RegionId[];
}

/** The parameters this module owns. */
export const EXPLORE_PARAMS = ['view', 'compare'] as const;

/** Reads `view` and `compare`; an invalid value is reported in `dropped` and ignored. */
export function parseExploreParams(
  params: URLSearchParams,
  index: AtlasIndex,
  dropped: { name: string; value: string }[],
): ExploreUrlState {
  let view: ExploreView = 'map';
  const viewParam = params.get('view');
  if (viewParam !== null) {
    if (viewParam === 'map' || viewParam === 'table' || viewParam === 'compare') view = viewParam;
    else dropped.push({ name: 'view', value: viewParam });
  }
  let compare: RegionId[] = [];
  const compareParam = params.get('compare');
  if (compareParam !== null) {
    const ids = compareParam.split(PAIR_SEPARATOR);
    const valid =
      ids.length <= 2 && ids.every((id) => index.regionById.has(id)) && ids[0] !== ids[1];
    if (valid) compare = ids;
    else dropped.push({ name: 'compare', value: compareParam });
  }
  return { view, compare };
}

/** Writes `view` (unless it is the map) and, for the compare view, `compare`. */
export function writeExploreParams(params: URLSearchParams, state: Partial<ExploreUrlState>): void {
  EXPLORE_PARAMS.forEach((name) => params.delete(name));
  const view = state.view ?? 'map';
  if (view !== 'map') params.set('view', view);
  if (view === 'compare' && state.compare && state.compare.length > 0) {
    params.set('compare', state.compare.join(PAIR_SEPARATOR));
  }
}
