/**
 * The boundaries trimmed to what a picture can show: a vector export keeps only the lines and
 * rings that reach into its map, so a regional view's SVG or PDF does not carry the whole
 * country (and its neighbours) beyond the page. A subpath whose bounding box misses the map
 * shows nothing there, however it is filled or stroked: a ring cannot enclose a point outside
 * its box. So dropping it changes no pixel.
 */
import type { AdminShape, GeoShapes } from './geometry';

/** A box in the paths' own units: min x, min y, max x, max y. */
export type PathBox = readonly [number, number, number, number];

/** Whether the subpath (`M` x,y then relative `l` steps) reaches into `box`. */
function reaches(subpath: string, box: PathBox): boolean {
  const n = subpath.match(/-?\d+/g)?.map(Number) ?? [];
  let x = n[0] ?? 0;
  let y = n[1] ?? 0;
  let [minX, minY, maxX, maxY] = [x, y, x, y];
  for (let i = 2; i + 1 < n.length; i += 2) {
    x += n[i] ?? 0;
    y += n[i + 1] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return maxX >= box[0] && minX <= box[2] && maxY >= box[1] && minY <= box[3];
}

/** Path data of the boundaries file (`M`, `l`, `Z`) without the subpaths wholly outside `box`. */
export function pathWithin(d: string, box: PathBox): string {
  return d
    .split('M')
    .filter((subpath) => subpath !== '' && reaches(subpath, box))
    .map((subpath) => `M${subpath}`)
    .join('');
}

function shapesWithin(shapes: readonly AdminShape[], box: PathBox): AdminShape[] {
  return shapes.flatMap((s) => {
    const d = pathWithin(s.d, box);
    return d === '' ? [] : [{ ...s, d }];
  });
}

/** `shapes` trimmed to `box`: what a picture of that box draws, and nothing it cannot show. */
export function geoShapesWithin(shapes: GeoShapes, box: PathBox): GeoShapes {
  return {
    neighbours: pathWithin(shapes.neighbours, box),
    provinces: shapesWithin(shapes.provinces, box),
    regions: shapesWithin(shapes.regions, box),
    lakes: pathWithin(shapes.lakes, box),
    rivers: pathWithin(shapes.rivers, box),
    provinceBorders: pathWithin(shapes.provinceBorders, box),
    countryOutline: pathWithin(shapes.countryOutline, box),
    boundaryLines: pathWithin(shapes.boundaryLines, box),
  };
}
