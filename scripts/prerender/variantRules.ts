/**
 * The CSS that shows one picture of the first frame: the last, in the variants' order,
 * whose map size fits in the map area (a container query on the area itself, so the rule
 * follows the page's layout, whatever sets it), and places the one geography for it. The
 * first is shown when none fits. Without JavaScript only the page's own picture has its
 * overlay (the others wait in templates, see `pictureScript.ts`): that one is shown.
 */
import type { Lang } from '../../src/domain/format';
import type { ViewSize } from '../../src/mapmodel/camera';
import { GEO_CLASS } from '../../src/svgmap/SvgGeography';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';
import { LINE_NAMES, type GeographyPlacement } from './picture';

/** The container the rules query: the shell's map area (see `shell.css`). */
export const MAP_CONTAINER = 'atlas-ff-map';

/** The geography's group in the frame (its transform is the placement's). */
export const GEOGRAPHY = 'ff-geo';

const num = (n: number) => String(Math.round(n * 1e4) / 1e4);

/** The rules placing the geography as `placement` says. */
function placed(scope: string, { matrix: [k, x, y], lines }: GeographyPlacement): string[] {
  const geo = `${scope} .${GEOGRAPHY} > g`;
  return [
    `${geo} { transform: matrix(${num(k)}, 0, 0, ${num(k)}, ${num(x)}, ${num(y)}); }`,
    ...LINE_NAMES.map((name) => {
      const { width, dash } = lines[name];
      const dashes = dash ? ` stroke-dasharray: ${dash};` : '';
      const line = GEO_CLASS[name];
      return `${geo} :is(.${line}, .${line} > path) { stroke-width: ${num(width)};${dashes} }`;
    }),
  ];
}

const scope = `#${FIRST_FRAME.id}`;
const all = `${scope} .${FIRST_FRAME.variant}`;
const one = (i: number) => `${scope} .${FIRST_FRAME.variant}${i}`;

/** Rules (for `<noscript>`) that show the `i`-th picture in any map area, centred. */
export function noScriptRules(i: number, placement: GeographyPlacement): string {
  return [
    `${all} { display: none; }`,
    `${one(i)} { display: inline; }`,
    ...placed(scope, placement),
  ].join('\n');
}

/** The class of the pictures drawn in `lang`. */
export function langClass(lang: Lang): string {
  return `${FIRST_FRAME.variant}-${lang}`;
}

/** Rules that hide the pictures drawn in another language than `<html lang>`'s (of `langs`). */
export function langRules(langs: readonly Lang[]): string {
  return langs
    .map((lang) => `:root:not(:lang(${lang})) ${all}.${langClass(lang)} { display: none; }`)
    .join('\n');
}

/** Rules for pictures of `variants`, in their order (class `ff-v<i>` for the i-th). */
export function variantRules(
  variants: readonly { readonly size: ViewSize; readonly placement: GeographyPlacement }[],
): string {
  return [
    `${one(0)} { display: inline; }`,
    ...variants.map(
      ({ size: { width, height }, placement }, i) =>
        `@container ${MAP_CONTAINER} (min-width: ${width}px) and (min-height: ${height}px) {\n` +
        [`${all} { display: none; }`, `${one(i)} { display: inline; }`, ...placed(scope, placement)]
          .map((rule) => `  ${rule}`)
          .join('\n') +
        '\n}',
    ),
  ].join('\n');
}
