/** Pairs of regions: the key a link and the `pair` URL parameter are known by. */
import type { RegionId } from './schema';

/** Separator of the two region ids in a pair key and the `pair` URL parameter. */
export const PAIR_SEPARATOR = '~';

/** The canonical key of an unordered pair of regions: ids sorted, joined by `~`. */
export function pairKey(a: RegionId, b: RegionId): string {
  return a < b ? `${a}${PAIR_SEPARATOR}${b}` : `${b}${PAIR_SEPARATOR}${a}`;
}
