/**
 * Where each region appears: the events, figures and articles that name it or
 * a place inside it, by position in the atlas. Built once per atlas on first
 * use, so a region's panel is a lookup, not a walk over every record; the atlas
 * worker builds it with the record columns and the page adopts it (at 10,000
 * articles the first selection spent 30–50 ms building it).
 */
import type { AtlasIndex } from './atlasIndex';
import type { RegionId } from './schema';

/** Positions of records, ascending. */
export type Positions = Readonly<ArrayLike<number>> & Iterable<number>;

/** Positions in `index.events`, `index.figures` and `atlas.articles`, ascending, per region. */
export interface RegionIndex {
  readonly events: ReadonlyMap<RegionId, Positions>;
  readonly figures: ReadonlyMap<RegionId, Positions>;
  readonly articles: ReadonlyMap<RegionId, Positions>;
}

/** One kind's positions per region, flattened: region `r`'s are `items[start[r]]` to `items[start[r + 1] - 1]`. */
export interface FlatPositions {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** A region index as typed arrays (for the worker to transfer), regions in `regions` order. */
export interface FlatRegionIndex {
  readonly regions: readonly RegionId[];
  readonly events: FlatPositions;
  readonly figures: FlatPositions;
  readonly articles: FlatPositions;
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

function flat(regions: readonly RegionId[], map: ReadonlyMap<RegionId, Positions>): FlatPositions {
  const start = new Int32Array(regions.length + 1);
  regions.forEach((id, r) => (start[r + 1] = (start[r] ?? 0) + (map.get(id)?.length ?? 0)));
  const items = new Int32Array(start[regions.length] ?? 0);
  regions.forEach((id, r) => items.set(map.get(id) ?? [], start[r]));
  return { start, items };
}

/** The region index of `index` as typed arrays (see {@link adoptRegionIndex}). */
export function flatRegionIndex(index: AtlasIndex): FlatRegionIndex {
  const built = regionIndex(index);
  const regions = [
    ...new Set([...built.events.keys(), ...built.figures.keys(), ...built.articles.keys()]),
  ];
  return {
    regions,
    events: flat(regions, built.events),
    figures: flat(regions, built.figures),
    articles: flat(regions, built.articles),
  };
}

/** The buffers behind a flat region index: transferred, not copied, to the page. */
export function flatRegionBuffers(sent: FlatRegionIndex): ArrayBuffer[] {
  return [sent.events, sent.figures, sent.articles].flatMap((f) => [
    f.start.buffer as ArrayBuffer,
    f.items.buffer as ArrayBuffer,
  ]);
}

/**
 * Uses a region index built elsewhere for `index` (the caller checks it was built for the
 * same records in the same order: `recordColumns.ts` `adoptColumns`). Views into its arrays,
 * no copy.
 */
export function adoptRegionIndex(index: AtlasIndex, sent: FlatRegionIndex): void {
  if (built.has(index)) return;
  const maps = (f: FlatPositions) => {
    const map = new Map<RegionId, Positions>();
    sent.regions.forEach((id, r) => {
      const [from = 0, to = 0] = [f.start[r], f.start[r + 1]];
      if (to > from) map.set(id, f.items.subarray(from, to));
    });
    return map;
  };
  built.set(index, {
    events: maps(sent.events),
    figures: maps(sent.figures),
    articles: maps(sent.articles),
  });
}

/** The common items of two ascending position lists. */
function intersect(x: Positions, y: Positions): number[] {
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
