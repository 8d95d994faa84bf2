/**
 * The looks of the first frame's one geography besides the default view's (`picture.tsx`
 * draws it light and shaded): when the URL or the browser's language asks for another view,
 * the head script marks `<html>` bare (and dark for `theme=dark`), and these rules take the
 * shading and the regions away and, in the dark theme, give every part its dark paint. The
 * paint comes from the same style as both maps.
 */
import type { Lang } from '../../src/domain/format';
import { svgStyle } from '../../src/mapmodel/style/read';
import type { MapTheme } from '../../src/mapmodel/theme';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';
import { geoPaint, polygonFill } from '../../src/svgmap/geoPaint';
import { GEO_CLASS } from '../../src/svgmap/SvgGeography';
import { LINE_NAMES } from './picture';
import { GEOGRAPHY } from './variantRules';

const NOT_HIGHLIGHTED = { hover: false, selected: false };

/** The rules giving the geography `theme`'s paint without shading, under `root`. */
function bareLook(root: string, lang: Lang, theme: MapTheme, zoom: number): string[] {
  const style = svgStyle(lang, theme);
  const paint = geoPaint(style, zoom);
  const province = polygonFill(style, zoom, 0, undefined, NOT_HIGHLIGHTED);
  const geo = `${root} #${FIRST_FRAME.id} .${GEOGRAPHY}`;
  return [
    `${geo} .${GEO_CLASS.provinces} > path { fill: ${province.colour}; fill-opacity: ${province.opacity}; }`,
    `${geo} .${GEO_CLASS.neighbours} { fill: ${paint.neighbourFill}; }`,
    `${geo} .${GEO_CLASS.lakes} { fill: ${paint.lake}; }`,
    ...LINE_NAMES.map((name) => {
      const line = GEO_CLASS[name];
      return `${geo} :is(.${line}, .${line} > path) { stroke: ${paint[name].colour}; }`;
    }),
  ];
}

/** The bare and dark looks, for the geography placed at `zoom` (its colours do not vary by size). */
export function geoRules(lang: Lang, zoom: number): string {
  const bare = `:root.${FIRST_FRAME.bare}`;
  return [
    `${bare} #${FIRST_FRAME.id} .${GEOGRAPHY} :is(.${GEO_CLASS.regions}, .${GEO_CLASS.regionLine}) { display: none; }`,
    ...bareLook(`${bare}:not(.${FIRST_FRAME.dark})`, lang, 'light', zoom),
    ...bareLook(`${bare}.${FIRST_FRAME.dark}`, lang, 'dark', zoom),
  ].join('\n');
}
