/**
 * The CSS that shows one picture of the first frame: the last, in the variants' order,
 * whose map size fits in the map area (a container query on the area itself, so the rule
 * follows the page's layout, whatever sets it). The first is shown when none fits.
 */
import type { ViewSize } from '../../src/mapmodel/camera';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';

/** The container the rules query: the shell's map area (see `shell.css`). */
export const MAP_CONTAINER = 'atlas-ff-map';

/** Rules for pictures of `sizes`, in the variants' order (class `ff-v<i>` for the i-th). */
export function variantRules(sizes: readonly ViewSize[]): string {
  const scope = `#${FIRST_FRAME.id}`;
  const all = `${scope} .${FIRST_FRAME.variant}`;
  const one = (i: number) => `${scope} .${FIRST_FRAME.variant}${i}`;
  return [
    `${one(0)} { display: inline; }`,
    ...sizes.map(
      ({ width, height }, i) =>
        `@container ${MAP_CONTAINER} (min-width: ${width}px) and (min-height: ${height}px) {\n` +
        `  ${all} { display: none; }\n  ${one(i)} { display: inline; }\n}`,
    ),
  ].join('\n');
}
