/** What selecting an event or a figure (a table row, a search result) selects on the map. */
import { areNested, type AtlasIndex } from './atlasIndex';
import type { RegionId } from './schema';

/** A region or a pair of regions, shaped like the store's selection. */
export type Target =
  | { readonly kind: 'region'; readonly id: RegionId }
  | { readonly kind: 'pair'; readonly a: RegionId; readonly b: RegionId };

/**
 * The map selection for something naming `regions` (an event's parties, a
 * figure's regions): the direction's two ends when it has one; otherwise the
 * first two regions that are not nested in each other (the link the map draws
 * for them); a single region (or regions nested in one another: the innermost)
 * selects that region. Null for no known region.
 */
export function targetOf(
  index: AtlasIndex,
  regions: readonly RegionId[],
  direction?: { readonly from: RegionId; readonly to: RegionId },
): Target | null {
  if (direction && index.regionById.has(direction.from) && index.regionById.has(direction.to)) {
    return pairTarget(direction.from, direction.to);
  }
  const known = [...new Set(regions)].filter((id) => index.regionById.has(id));
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) {
      const a = known[i];
      const b = known[j];
      if (a !== undefined && b !== undefined && !areNested(index, a, b)) return pairTarget(a, b);
    }
  }
  const deepest = [...known].sort(
    (x, y) => (index.ancestors.get(y)?.length ?? 0) - (index.ancestors.get(x)?.length ?? 0),
  )[0];
  return deepest === undefined ? null : { kind: 'region', id: deepest };
}

function pairTarget(x: RegionId, y: RegionId): Target {
  return x < y ? { kind: 'pair', a: x, b: y } : { kind: 'pair', a: y, b: x };
}

/** True when two targets select the same thing. */
export function sameTarget(x: Target | null, y: Target | null): boolean {
  if (x === null || y === null) return x === y;
  if (x.kind === 'region') return y.kind === 'region' && x.id === y.id;
  return y.kind === 'pair' && x.a === y.a && x.b === y.b;
}

/**
 * True when something naming `regions` belongs to the selection: it names a
 * place within the selected region, or places within both ends of the selected pair.
 */
export function touchesTarget(
  index: AtlasIndex,
  regions: readonly RegionId[],
  target: Target | null,
): boolean {
  if (!target) return false;
  const within = (region: RegionId) =>
    regions.some((r) => r === region || (index.ancestors.get(r)?.includes(region) ?? false));
  return target.kind === 'region' ? within(target.id) : within(target.a) && within(target.b);
}
