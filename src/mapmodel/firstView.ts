/**
 * What the first view of a map shows, for the live maps and the picture baked into the
 * page at build time alike: the regions the view involves, or China when none is.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { LonLatBounds } from '../domain/mapFeatures';
import type { FilteredView } from '../domain/select';
import { CHINA } from './extent';
import { unionBounds } from './fit';

/**
 * The box the first view and the reset button fit: the union of the involved regions'
 * polygon boxes (`boxes`, by region id), a region without a polygon counting by its
 * label point; China when the view involves no region.
 */
export function firstViewBounds(
  index: AtlasIndex,
  view: FilteredView,
  boxes: ReadonlyMap<string, LonLatBounds>,
): LonLatBounds {
  const involved = view.involved.map((id) => {
    const p = index.regionById.get(id)?.point;
    return boxes.get(id) ?? (p ? ([p, p] as const) : null);
  });
  return unionBounds(involved) ?? CHINA;
}
