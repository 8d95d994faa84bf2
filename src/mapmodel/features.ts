/**
 * The map's features for a view at a camera, cached: the live map, the SVG map and the
 * exports asking for the same view at the same camera share one layout, and when a camera
 * or a selection draws the same flows as before (a pan that opens no new place, a click on
 * a region whose links are drawn apart already, a URL re-applied) it returns the same
 * features, so the renderers send no data they already have.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { FilteredView } from '../domain/select';
import { flowKey, type Selection } from '../domain/selection';
import type { Camera, ViewSize } from './camera';
import { cutAt, layoutUnder, screenAt, type FlowLayout } from './flowLayout';
import type { Cut } from './flows';
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
  /**
   * The cut and the ids of every flow, drawn and undrawn on screen: equal for two cameras that open the
   * same places, and for two selections that draw the same flows (the seeds' links are drawn
   * apart anyway). A link a selection pulls out of a merged flow is a flow of its own, with
   * an id no merged flow has (its ends are not deep), so equal ids mean equal flows.
   */
  readonly drawn: string;
  readonly layout: FlowLayout;
  readonly features: MapFeatures;
}

/** Enough for the three maps of one page (the live map, the SVG map, an export) at once. */
const KEPT = 3;
let entries: Entry[] = [];

/** The cuts of the last few cameras (neither the filters nor a selection change the cut). */
let cuts: { index: AtlasIndex; at: string; cut: Cut }[] = [];

function cutFor(index: AtlasIndex, camera: Camera, size: ViewSize): Cut {
  const at = `${camera.center.join(',')}|${camera.zoom}|${size.width}x${size.height}`;
  const hit = cuts.find((c) => c.index === index && c.at === at);
  if (hit) return hit.cut;
  const cut = cutAt(index, camera, size);
  cuts = [{ index, at, cut }, ...cuts.filter((c) => c.index === index)].slice(0, KEPT);
  return cut;
}

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
  const cut = cutFor(index, camera, size);
  const layout = layoutUnder(index, view, selection, cut, screenAt(index, camera, size));
  const ids = (flows: FlowLayout['drawn']) => flows.map((f) => f.id).join(',');
  const drawn = `${[...layout.cut].sort().join(',')}|${ids(layout.drawn)}|${ids(layout.weaker)}|${ids(layout.passing)}`;
  const reuse = entries.find((e) => same(e) && e.drawn === drawn);
  const entry: Entry = reuse
    ? { ...reuse, at }
    : { index, view, at, drawn, layout, features: buildMapFeatures(index, view, layout) };
  entries = [entry, ...entries.filter((e) => e.index === index)].slice(0, KEPT);
  return entry;
}
