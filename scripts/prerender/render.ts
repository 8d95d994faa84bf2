/**
 * The first frame of `index.html`: the atlas's default view (no URL parameters, the light
 * theme, Chinese) drawn in Node with the SVG map's components and the map model, for each
 * map size in `variants.ts`, plus the geography alone in both themes; the page shell around
 * it; the rules that pick a picture by the map area's size; and the `<head>` script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../../src/domain/atlasIndex';
import { NO_FILTERS } from '../../src/domain/filters';
import type { Lang } from '../../src/domain/format';
import { readCoreFile } from '../atlas/readCompiled';
import { selectView } from '../../src/domain/select';
import { DEFAULT_LIMITS } from '../../src/mapmodel/camera';
import { firstViewBounds } from '../../src/mapmodel/firstView';
import { LABEL_FONT, LABEL_FONT_FAMILY } from '../../src/mapmodel/style/fonts';
import { svgStyle } from '../../src/mapmodel/style/read';
import { readSvgBoundaries } from '../../src/svgmap/boundaries';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';
import { geoPaint } from '../../src/svgmap/geoPaint';
import { headScript } from './headScript';
import { fontMeasure } from './labelMeasure';
import { coarsenShapes } from './pathData';
import { drawPicture, type Picture, type PictureData } from './picture';
import { sharePaths } from './sharedPaths';
import { shellMarkup } from './Shell';
import { keptBox, unitsPerPixel, variantsFor, type Variant } from './variants';
import { variantRules } from './variantRules';

/** The language of the baked picture: the page's own (`<html lang="zh-Hans">`). */
export const FIRST_FRAME_LANG: Lang = 'zh';

/** The label font, relative to the page (as `map/fonts.ts` loads it). */
export const LABEL_FONT_PATH = 'fonts/atlas-labels.woff2';

/** The window whose picture sizes the legend of the page without JavaScript. */
const LEGEND_WINDOW = '1280×720';

/** A grid step is at most this share of a pixel in the closest picture. */
const GRID_PIXELS = 0.5;

/** What goes into `index.html`. */
export interface FirstFrame {
  /** The `<head>` script (runs before the first paint). */
  readonly script: string;
  /** The `<head>` style: the shell's rules, the label font and the picture rules. */
  readonly style: string;
  /** The shell, to open `<body>`. */
  readonly body: string;
  /** Each size's picture, for the build's report and the tests. */
  readonly pictures: readonly { readonly variant: Variant; readonly picture: Picture }[];
}

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const num = (n: number) => String(Math.round(n * 1e6) / 1e6);

/**
 * Draws the first frame from `publicDir` (`data/atlas.json`, `data/boundaries-svg.json`,
 * the label font). `fontUrl` is where the page finds the label font (a `data:` URL in
 * the single-file build).
 */
export function renderFirstFrame(publicDir: string, fontUrl: string = LABEL_FONT_PATH): FirstFrame {
  const lang = FIRST_FRAME_LANG;
  const index = buildIndex(readCoreFile(join(publicDir, 'data/atlas.json')));
  const view = selectView(index, NO_FILTERS);
  const boundaries = readSvgBoundaries(read(join(publicDir, 'data/boundaries-svg.json')));
  const limits = { ...DEFAULT_LIMITS, bounds: boundaries.extent };
  const variants = variantsFor(firstViewBounds(index, view, boundaries.bounds), limits);
  const closest = Math.max(...variants.map((v) => v.camera.zoom));
  const grid = Math.max(1, Math.floor(unitsPerPixel(closest) * GRID_PIXELS));
  const data: PictureData = {
    index,
    view,
    shapes: coarsenShapes(boundaries.shapes, grid, keptBox(variants, 1.5)),
    grid,
    lang,
    font: LABEL_FONT,
    measure: fontMeasure(join(publicDir, LABEL_FONT_PATH)),
  };
  const drawn = variants.map((variant) => {
    const at = { camera: variant.camera, size: variant.size };
    return {
      variant,
      picture: drawPicture(data, { ...at, theme: 'light', bare: false }),
      bareLight: drawPicture(data, { ...at, theme: 'light', bare: true }),
      bareDark: drawPicture(data, { ...at, theme: 'dark', bare: true }),
    };
  });
  // Every picture draws the same boundaries: their path data is written once.
  const shared = sharePaths(
    drawn.flatMap((d) => [d.picture.geography, d.bareLight.geography, d.bareDark.geography]),
    'ffp',
  );
  const groups = drawn.map(({ variant, picture }, i) => {
    const [geography, light, dark] = shared.pictures.slice(i * 3, i * 3 + 3);
    const { center, zoom } = variant.camera;
    return (
      `<g class="${FIRST_FRAME.variant} ${FIRST_FRAME.variant}${i}"` +
      ` data-center="${num(center[0])},${num(center[1])}" data-zoom="${num(zoom)}"` +
      ` data-key="${picture.key ?? ''}">` +
      `<g class="ff-full">${geography ?? ''}${picture.overlay}</g>` +
      `<g class="ff-bare ff-light">${light ?? ''}</g>` +
      `<g class="ff-bare ff-dark">${dark ?? ''}</g></g>`
    );
  });
  const sea = (theme: 'light' | 'dark') =>
    `<rect class="ff-sea ff-${theme}" width="100%" height="100%" fill="${geoPaint(svgStyle(lang, theme), closest).sea}"/>`;
  const map =
    `<svg class="ff-svg" width="100%" height="100%" aria-hidden="true">${shared.defs}` +
    `${sea('light')}${sea('dark')}<svg x="50%" y="50%" overflow="visible">${groups.join('')}</svg></svg>`;
  // The legend is sized by the picture of the commonest window (the size the e2e tests use).
  const legendPicture =
    drawn.find((d) => d.variant.size.window === LEGEND_WINDOW)?.picture ?? drawn[0]?.picture;
  if (!legendPicture) throw new Error('first frame: no map size to draw');
  const font =
    `@font-face { font-family: "${LABEL_FONT_FAMILY}"; src: url("${fontUrl}") format("woff2");` +
    ' font-display: block; }';
  const shell = readFileSync(new URL('./shell.css', import.meta.url), 'utf8');
  return {
    script: headScript(lang),
    style: [shell, font, variantRules(variants.map((v) => v.size))].join('\n'),
    body: shellMarkup({
      lang,
      features: legendPicture.features,
      dataDate: index.atlas.dataDate,
      map,
    }),
    pictures: drawn.map(({ variant, picture }) => ({ variant, picture })),
  };
}
