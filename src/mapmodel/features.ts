/**
 * The map's features for a view at a camera, cached: asked again with the same view,
 * selection and cut (a pan that opens no new place, a URL re-applied), it returns the
 * same reference, so the renderers send no data they already have.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { FilteredView } from '../domain/select';
import { flowKey, type Selection } from '../domain/selection';
import type { Camera, ViewSize } from './camera';
import { layoutFlows, type FlowLayout } from './flowLayout';
import { buildMapFeatures, type MapFeatures } from './mapFeatures';

export type { MapFeatures } from './mapFeatures';

function selectionKey(selection: Selection): string {
  if (!selection) return '';
  if (selection.kind === 'region') return `r:${selection.id}`;
  if (selection.kind === 'flow') return `f:${flowKey(selection.a, selection.b)}`;
  return `p:${selection.a}~${selection.b}`;
}

let last: {
  index: AtlasIndex;
  view: FilteredView;
  key: string;
  layout: FlowLayout;
  features: MapFeatures;
} | null = null;

/** The flow layout and features of `view` at `camera` (one-entry cache). */
export function mapFeaturesFor(
  index: AtlasIndex,
  view: FilteredView,
  selection: Selection,
  camera: Camera,
  size: ViewSize,
): { layout: FlowLayout; features: MapFeatures } {
  const layout = layoutFlows(index, view, selection, camera, size);
  const key = `${selectionKey(selection)}|${[...layout.cut].sort().join(',')}`;
  if (last?.index === index && last.view === view && last.key === key) return last;
  last = { index, view, key, layout, features: buildMapFeatures(index, view, layout) };
  return last;
}
