/**
 * The flows a view draws at a camera: the cut that is legible there, the selection's own
 * links apart, the strongest {@link MAX_DRAWN_FLOWS} drawn and the rest summarised.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { isWithin } from '../domain/atlasIndex';
import type { Link } from '../domain/links';
import type { FilteredView } from '../domain/select';
import type { Selection } from '../domain/selection';
import { projectionFor, type Camera, type ViewSize } from './camera';
import { chooseCut } from './cut';
import { byStrength, endHolds, groupLinks, type Cut, type Flow } from './flows';

/** At most this many flows are drawn; weaker ones are summarised on the map and in the legend. */
export const MAX_DRAWN_FLOWS = 150;

/** What the map draws of a view's links at one camera. */
export interface FlowLayout {
  /** The places opened up at this camera. */
  readonly cut: Cut;
  /** Drawn flows, weakest first (so the strongest is drawn on top). */
  readonly drawn: readonly Flow[];
  /** Flows beyond the budget, strongest first: not drawn, summarised. */
  readonly weaker: readonly Flow[];
  /** Links inside a merged place (both ends in it), by the place's end key. */
  readonly inner: ReadonlyMap<string, readonly Link[]>;
}

/** The links a selection shows at full detail. */
export function selectionApart(index: AtlasIndex, selection: Selection): (link: Link) => boolean {
  if (!selection) return () => false;
  if (selection.kind === 'region') {
    const id = selection.id;
    return (l) => isWithin(index, l.a, id) || isWithin(index, l.b, id);
  }
  if (selection.kind === 'pair') {
    const [a, b] = [selection.a, selection.b];
    return (l) => (l.a === a && l.b === b) || (l.a === b && l.b === a);
  }
  const [x, y] = [selection.a, selection.b];
  return (l) =>
    (endHolds(index, x, l.a) && endHolds(index, y, l.b)) ||
    (endHolds(index, x, l.b) && endHolds(index, y, l.a));
}

/**
 * The places to open for a view at a camera. Chosen without the selection, so a selection
 * changes no other place's detail, and every selection at one camera shares it.
 */
export function cutAt(
  index: AtlasIndex,
  view: FilteredView,
  camera: Camera,
  size: ViewSize,
  budget = MAX_DRAWN_FLOWS,
): Cut {
  const projection = projectionFor(camera, size);
  return chooseCut({
    index,
    links: view.links,
    project: (p) => projection([p[0], p[1]]),
    size,
    budget,
  });
}

/** Lays out a view's links under a cut, the selection's own drawn apart. Pure and deterministic. */
export function layoutUnder(
  index: AtlasIndex,
  view: FilteredView,
  selection: Selection,
  cut: Cut,
  budget = MAX_DRAWN_FLOWS,
): FlowLayout {
  const apart = selectionApart(index, selection);
  const grouped = groupLinks(index, view.links, cut, apart);
  const own = (f: Flow) => f.links.every(apart);
  const mine = grouped.flows.filter(own);
  const others = grouped.flows.filter((f) => !own(f)).sort(byStrength);
  const room = Math.max(0, budget - mine.length);
  const drawn = [...mine, ...others.slice(0, room)].sort(byStrength).reverse();
  return { cut, drawn, weaker: others.slice(room), inner: grouped.inner };
}

/** Lays out a view's links for a camera. Pure and deterministic. */
export function layoutFlows(
  index: AtlasIndex,
  view: FilteredView,
  selection: Selection,
  camera: Camera,
  size: ViewSize,
  budget = MAX_DRAWN_FLOWS,
): FlowLayout {
  return layoutUnder(index, view, selection, cutAt(index, view, camera, size, budget), budget);
}
