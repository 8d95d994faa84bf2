/**
 * The map's features for a view at a camera, cached: the live map, the SVG map and the
 * exports asking for the same view at the same camera share one layout, and asked again
 * with the same view, selection and cut (a pan that opens no new place, a URL re-applied)
 * it returns the same reference, so the renderers send no data they already have.
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

interface Entry {
  readonly index: AtlasIndex;
  readonly view: FilteredView;
  /** Selection, camera and size. */
  readonly at: string;
  /** Selection and cut: equal for two cameras that open the same places. */
  readonly drawn: string;
  readonly layout: FlowLayout;
  readonly features: MapFeatures;
}

/** Enough for the three maps of one page (the live map, the SVG map, an export) at once. */
const KEPT = 3;
let entries: Entry[] = [];

/** The flow layout and features of `view` at `camera` (a small cache, newest first). */
export function mapFeaturesFor(
  index: AtlasIndex,
  view: FilteredView,
  selection: Selection,
  camera: Camera,
  size: ViewSize,
): { layout: FlowLayout; features: MapFeatures } {
  const sel = selectionKey(selection);
  const at = `${sel}|${camera.center.join(',')}|${camera.zoom}|${size.width}x${size.height}`;
  const same = (e: Entry) => e.index === index && e.view === view;
  const hit = entries.find((e) => same(e) && e.at === at);
  if (hit) return hit;
  const layout = layoutFlows(index, view, selection, camera, size);
  const drawn = `${sel}|${[...layout.cut].sort().join(',')}`;
  const reuse = entries.find((e) => same(e) && e.drawn === drawn);
  const entry: Entry = reuse
    ? { ...reuse, at }
    : { index, view, at, drawn, layout, features: buildMapFeatures(index, view, layout) };
  entries = [entry, ...entries.filter((e) => e.index === index)].slice(0, KEPT);
  return entry;
}
