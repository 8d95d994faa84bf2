/**
 * The arrowheads that show a link's direction, and which of them are drawn. An arrow
 * sits at the middle of its arc, so the many links of one busy place (Sichuan at 10k:
 * 280 of them, all drawn when it is selected) put their arrows on top of each other
 * in one orange blot. Arrows are placed like labels: by priority (the selected and
 * hovered link first, then the busiest), and one that would touch an arrow already
 * placed is left out; its arc is still drawn, and hovering it brings its arrow back.
 */

/** The arrowhead's path, pointing north about its centre, at size 1 (both renderers draw it). */
export const ARROW_PATH = 'M0,-7L6.5,6L-6.5,6Z';

/** The arrowhead's reach from its centre at size 1, in pixels (the path's farthest point, rounded up). */
export const ARROW_RADIUS = 7;

/** Pixels kept between two arrowheads. */
const ARROW_GAP = 2;

/** What placing needs of an arrow. */
export interface ArrowPlace {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/**
 * The arrows to draw: `arrows` in priority order (first wins), each kept unless it comes
 * within {@link ARROW_GAP} of one kept before it. Returns the kept ones, in that order.
 */
export function spaceArrows<T extends ArrowPlace>(arrows: readonly T[]): T[] {
  const reach = (a: ArrowPlace) => ARROW_RADIUS * a.scale;
  const cell = 2 * ARROW_RADIUS * Math.max(1, ...arrows.map((a) => a.scale)) + ARROW_GAP;
  const grid = new Map<string, T[]>();
  const kept: T[] = [];
  for (const a of arrows) {
    const cx = Math.floor(a.x / cell);
    const cy = Math.floor(a.y / cell);
    let clear = true;
    for (let i = cx - 1; i <= cx + 1 && clear; i++) {
      for (let j = cy - 1; j <= cy + 1 && clear; j++) {
        for (const b of grid.get(`${i},${j}`) ?? []) {
          if (Math.hypot(a.x - b.x, a.y - b.y) < reach(a) + reach(b) + ARROW_GAP) {
            clear = false;
            break;
          }
        }
      }
    }
    if (!clear) continue;
    kept.push(a);
    const key = `${cx},${cy}`;
    const list = grid.get(key);
    if (list) list.push(a);
    else grid.set(key, [a]);
  }
  return kept;
}
