/**
 * Where each region appears: the events, figures and articles that name it or
 * a place inside it, by position in the atlas. Built once per atlas on first
 * use, so a region's panel is a lookup, not a walk over every record.
 */
import type { AtlasIndex } from './atlasIndex';
import type { RegionId } from './schema';

/** Positions in `index.events`, `index.figures` and `atlas.articles`, ascending, per region. */
export interface RegionIndex {
  readonly events: ReadonlyMap<RegionId, readonly number[]>;
  readonly figures: ReadonlyMap<RegionId, readonly number[]>;
  readonly articles: ReadonlyMap<RegionId, readonly number[]>;
}

function add(map: Map<RegionId, number[]>, id: RegionId, position: number): void {
  const list = map.get(id);
  if (!list) map.set(id, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

function addWithAncestors(
  index: AtlasIndex,
  map: Map<RegionId, number[]>,
  ids: readonly RegionId[],
  position: number,
): void {
  for (const id of ids) {
    add(map, id, position);
    for (const a of index.ancestors.get(id) ?? []) add(map, a, position);
  }
}

const built = new WeakMap<AtlasIndex, RegionIndex>();

/** The region index of an atlas (kept as long as the atlas index). */
export function regionIndex(index: AtlasIndex): RegionIndex {
  const known = built.get(index);
  if (known) return known;
  const events = new Map<RegionId, number[]>();
  const figures = new Map<RegionId, number[]>();
  const articles = new Map<RegionId, number[]>();
  // An event lies in a region when one of the places it names does: the region is in `touched`.
  index.eventFacts.forEach((facts, i) => facts.touched.forEach((id) => add(events, id, i)));
  index.figures.forEach((f, i) => addWithAncestors(index, figures, f.regions, i));
  index.atlas.articles.forEach((a, i) => addWithAncestors(index, articles, a.regions, i));
  const result = { events, figures, articles };
  built.set(index, result);
  return result;
}

/** The common items of two ascending position lists. */
function intersect(x: readonly number[], y: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const a = x[i] ?? 0;
    const b = y[j] ?? 0;
    if (a === b) out.push(a);
    if (a <= b) i++;
    if (b <= a) j++;
  }
  return out;
}

/**
 * Positions in `index.figures` of the figures about both regions of a pair (each side,
 * or a place within it), ascending: a merge of two lists instead of a walk over every figure.
 */
export function pairFigurePositions(index: AtlasIndex, a: RegionId, b: RegionId): number[] {
  const { figures } = regionIndex(index);
  return intersect(figures.get(a) ?? [], figures.get(b) ?? []);
}
