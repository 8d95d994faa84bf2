/**
 * The first frame holds one picture per container size and theme, all drawn by the SVG
 * map's components from the same boundaries: their long path data would repeat in every
 * picture. Each long `d` is written once, as a `<path id>` in `<defs>`, and the pictures
 * draw it with `<use href>` carrying the path's own attributes (fill, stroke, widths are
 * inherited by the used path). `vector-effect` is not inherited, so it goes on the shared
 * path; it does nothing to a path drawn without a stroke.
 */

/** Path data at least this long is shared; shorter data costs less than a reference. */
const MIN_SHARED = 48;

// React writes `<path …></path>`; a hand-written `<path …/>` is read too.
const PATH = /<path\b([^>]*?)\sd="([^"]*)"([^>]*?)(?:\/>|><\/path>)/g;
const NON_SCALING = ' vector-effect="non-scaling-stroke"';

/** The pictures with their long path data shared, and the `<defs>` that holds it. */
export function sharePaths(
  pictures: readonly string[],
  idPrefix: string,
): { defs: string; pictures: string[] } {
  const ids = new Map<string, { id: string; nonScaling: boolean }>();
  const out = pictures.map((markup) =>
    markup.replace(PATH, (whole, before: string, d: string, after: string) => {
      if (d.length < MIN_SHARED) return whole;
      let shared = ids.get(d);
      if (!shared) {
        shared = { id: `${idPrefix}${ids.size.toString(36)}`, nonScaling: false };
        ids.set(d, shared);
      }
      const attributes = `${before}${after}`;
      if (attributes.includes(NON_SCALING)) shared.nonScaling = true;
      return `<use href="#${shared.id}"${attributes.replace(NON_SCALING, '')}/>`;
    }),
  );
  const defs = [...ids]
    .map(([d, s]) => `<path id="${s.id}" d="${d}"${s.nonScaling ? NON_SCALING : ''}/>`)
    .join('');
  return { defs: `<defs>${defs}</defs>`, pictures: out };
}
