/**
 * The first frame holds one picture per container size and theme, all drawn by the SVG
 * map's components from the same boundaries: their long path data would repeat in every
 * picture. Each long `d` is written once, as a `<path id>` in `<defs>`, and the pictures
 * draw it with `<use href>` carrying the path's own attributes (fill, stroke, widths are
 * inherited by the used path). The pictures give stroke widths in path units (`strokeScale`):
 * `vector-effect` is not inherited, and a shared path cannot carry it for some uses only.
 */

/** Path data at least this long is shared; shorter data costs less than a reference. */
const MIN_SHARED = 48;

// React writes `<path …></path>`; a hand-written `<path …/>` is read too.
const PATH = /<path\b([^>]*?)\sd="([^"]*)"([^>]*?)(?:\/>|><\/path>)/g;

/** The pictures with their long path data shared, and the `<defs>` that holds it. */
export function sharePaths(
  pictures: readonly string[],
  idPrefix: string,
): { defs: string; pictures: string[] } {
  const ids = new Map<string, string>();
  const out = pictures.map((markup) =>
    markup.replace(PATH, (whole, before: string, d: string, after: string) => {
      if (d.length < MIN_SHARED) return whole;
      let id = ids.get(d);
      if (id === undefined) {
        id = `${idPrefix}${ids.size.toString(36)}`;
        ids.set(d, id);
      }
      return `<use href="#${id}"${before}${after}/>`;
    }),
  );
  const defs = [...ids].map(([d, id]) => `<path id="${id}" d="${d}"/>`).join('');
  return { defs: `<defs>${defs}</defs>`, pictures: out };
}
