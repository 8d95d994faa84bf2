/**
 * The flows a view draws at a camera: the cut that is legible there, the selection's own
 * links apart, the strongest {@link MAX_DRAWN_FLOWS} on screen drawn and the rest summarised.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { isWithin } from '../domain/atlasIndex';
import type { Link } from '../domain/links';
import { NO_FILTERS } from '../domain/filters';
import { selectView, type FilteredView } from '../domain/select';
import type { Selection } from '../domain/selection';
import { projectionFor, type Camera, type ViewSize } from './camera';
import { chooseCut, endInView, onScreen, type Screen } from './cut';
import { byStrength, endHolds, groupLinks, type Cut, type Flow } from './flows';

/** At most this many flows are drawn; weaker ones are summarised on the map and in the legend. */
export const MAX_DRAWN_FLOWS = 150;

/** What the map draws of a view's links at one camera. */
export interface FlowLayout {
  /** The places opened up at this camera. */
  readonly cut: Cut;
  /** Drawn flows, weakest first (so the strongest is drawn on top). */
  readonly drawn: readonly Flow[];
  /** Flows with an end in view beyond the budget, strongest first: not drawn, summarised. */
  readonly weaker: readonly Flow[];
  /**
   * Flows passing over the view between places outside it, beyond what the budget had left
   * for them (the flows with an end in view come first): not drawn, summarised with the weaker.
   */
  readonly passing: readonly Flow[];
  /**
   * Flows off screen (no end in view, no line across it) beyond what the budget had left
   * for them: not drawn, and not summarised either; drawn once the view reaches them.
   */
  readonly outside: readonly Flow[];
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

/** Where places are on screen at a camera. */
export function screenAt(index: AtlasIndex, camera: Camera, size: ViewSize): Screen {
  const projection = projectionFor(camera, size);
  return { index, project: (p) => projection([p[0], p[1]]), size };
}

/**
 * The places to open at a camera, chosen from all of the atlas's links: the filters and
 * the selection play no part. Like flowmap.gl's clusters, which follow the zoom and not
 * the time filter, the map keeps its places while the years and sectors change (a play
 * through the years compares like with like), and every filter change is spared the
 * choice. A filtered view's flows are a subset of the unfiltered ones under the same cut,
 * so they stay within the budget and legible.
 */
export function cutAt(
  index: AtlasIndex,
  camera: Camera,
  size: ViewSize,
  budget = MAX_DRAWN_FLOWS,
): Cut {
  const { links } = selectView(index, NO_FILTERS);
  return chooseCut({ ...screenAt(index, camera, size), links, budget });
}

/**
 * Lays out a view's links under a cut, the selection's own drawn apart. The budget goes to
 * the flows with an end in view, strongest first, then to those passing over the view
 * between places outside it; what it has left draws the strongest flows off screen, so a
 * pan shows them before the next layout. Pure and deterministic.
 */
export function layoutUnder(
  index: AtlasIndex,
  view: FilteredView,
  selection: Selection,
  cut: Cut,
  screen: Screen,
  budget = MAX_DRAWN_FLOWS,
): FlowLayout {
  const apart = selectionApart(index, selection);
  const grouped = groupLinks(index, view.links, cut, apart);
  const own = (f: Flow) => f.links.every(apart);
  const mine = grouped.flows.filter(own);
  const others = grouped.flows.filter((f) => !own(f)).sort(byStrength);
  const anchored: Flow[] = [];
  const passing: Flow[] = [];
  const unseen: Flow[] = [];
  for (const f of others) {
    if (endInView(screen, f.a, f.b)) anchored.push(f);
    else (onScreen(screen, f.a, f.b) ? passing : unseen).push(f);
  }
  let room = Math.max(0, budget - mine.length);
  const take = (flows: readonly Flow[]) => {
    const taken = flows.slice(0, room);
    room -= taken.length;
    return taken;
  };
  const shown = take(anchored);
  const across = take(passing);
  const spare = take(unseen);
  const drawn = [...mine, ...shown, ...across, ...spare].sort(byStrength).reverse();
  return {
    cut,
    drawn,
    weaker: anchored.slice(shown.length),
    passing: passing.slice(across.length),
    outside: unseen.slice(spare.length),
    inner: grouped.inner,
  };
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
  const cut = cutAt(index, camera, size, budget);
  return layoutUnder(index, view, selection, cut, screenAt(index, camera, size), budget);
}
