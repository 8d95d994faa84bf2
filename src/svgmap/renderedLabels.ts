/** The labels an overlay shows, as the browser lays them out (for `window.atlas.mapSnapshot()`). */
import type { ShownLabel } from '../mapmodel/snapshot';

/** Every label under `root` (an SVG map or the overlay over MapLibre), its box in page pixels. */
export function renderedLabels(root: Element): ShownLabel[] {
  return [...root.querySelectorAll<SVGTextElement>('.svgmap__labels text:not(.svgmap__halo)')].map(
    (text) => {
      const r = text.getBoundingClientRect();
      const id = text.dataset.region ?? text.dataset.province ?? '';
      return { id, text: text.textContent ?? '', box: [r.left, r.top, r.width, r.height] as const };
    },
  );
}
