/**
 * The first frame of `index.html`: the atlas's default view (no URL parameters, the light
 * theme, Chinese) drawn in Node with the SVG map's components and the map model: the
 * geography once, the overlay for each map size in `variants.ts`; the page shell around it;
 * the rules that pick a picture and place the geography by the map area's size, and give it
 * the look of the geography alone in either theme (`geoRules.ts`); and the `<head>` script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../../src/domain/atlasIndex';
import { NO_FILTERS } from '../../src/domain/filters';
import type { Lang } from '../../src/domain/format';
import { readCoreFile } from '../atlas/readCompiled';
import { selectView } from '../../src/domain/select';
import { DEFAULT_LIMITS, type Camera } from '../../src/mapmodel/camera';
import { firstViewBounds } from '../../src/mapmodel/firstView';
import { LABEL_FONT, LABEL_FONT_FAMILY } from '../../src/mapmodel/style/fonts';
import { svgStyle } from '../../src/mapmodel/style/read';
import { readSvgBoundaries } from '../../src/svgmap/boundaries';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';
import { geoPaint } from '../../src/svgmap/geoPaint';
import { headScript } from './headScript';
import { fontMeasure } from './labelMeasure';
import { coarsenShapes } from './pathData';
import { geoRules } from './geoRules';
import {
  drawGeography,
  drawPicture,
  placeGeography,
  type Picture,
  type PictureData,
} from './picture';
import { shellMarkup } from './Shell';
import { keptBox, unitsPerPixel, variantsFor, type Variant } from './variants';
import { GEOGRAPHY, langClass, langRules, noScriptRules, variantRules } from './variantRules';
import { overlayTemplate, pictureScript } from './pictureScript';

/** The language of the page's own picture (`<html lang="zh-Hans">`, and without JavaScript). */
export const FIRST_FRAME_LANG: Lang = 'zh';

/** The languages the pictures are drawn in: the app opens in either (`?lang=`, the browser's). */
const PICTURE_LANGS: readonly Lang[] = ['zh', 'en'];

/** The label font, relative to the page (as `map/fonts.ts` loads it). */
export const LABEL_FONT_PATH = 'fonts/atlas-labels.woff2';

/**
 * The window whose picture is the page's own: the one in the page without JavaScript (whatever
 * its size), whose overlay is not in a template, and which sizes its legend.
 */
const PAGE_WINDOW = '1280×720';

/** A grid step is at most this share of a pixel in the closest picture. */
const GRID_PIXELS = 0.5;

/** What goes into `index.html`. */
export interface FirstFrame {
  /** The `<head>` script (runs before the first paint). */
  readonly script: string;
  /** The `<head>` style: the shell's rules, the label font and the picture rules. */
  readonly style: string;
  /** The `<head>` style for the page without JavaScript (in `<noscript>`). */
  readonly noScriptStyle: string;
  /** The shell, to open `<body>`. */
  readonly body: string;
  /** The script after the shell (see `pictureScript.ts`). */
  readonly bodyScript: string;
  /** Each size's picture in each language, for the build's report and the tests. */
  readonly pictures: readonly {
    readonly variant: Variant;
    readonly picture: Picture;
    readonly lang: Lang;
  }[];
}

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const num = (n: number) => String(Math.round(n * 1e6) / 1e6);
const asWritten = ({ center, zoom }: Camera): Camera => ({
  center: [Number(num(center[0])), Number(num(center[1]))],
  zoom: Number(num(zoom)),
});

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
  // Each picture is drawn at the camera the page reads back from its attributes (rounded as
  // they are written), so the live map, starting there, lays out the very same picture.
  const fitted = firstViewBounds(index, view, boundaries.bounds);
  const variants = variantsFor(fitted, limits).map((v) => ({ ...v, camera: asWritten(v.camera) }));
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
  const drawn = variants.map((variant) => ({
    variant,
    placement: placeGeography(data, variant),
    picture: drawPicture(data, variant),
  }));
  const [first] = drawn;
  if (!first) throw new Error('first frame: no map size to draw');
  // The same view in the other languages the app opens in: the same sizes, cameras and geography.
  const pictures = PICTURE_LANGS.flatMap((l) =>
    drawn.map((d, size) => ({
      ...d,
      lang: l,
      size,
      picture: l === lang ? d.picture : drawPicture({ ...data, lang: l }, d.variant),
    })),
  );
  // One geography for every size and language (CSS places it: `variantRules.ts`), shaded as
  // they all are.
  const shading = JSON.stringify([
    first.picture.features.regions,
    [...first.picture.features.activity],
  ]);
  for (const { variant, picture, lang: l } of pictures) {
    const { regions, activity } = picture.features;
    if (JSON.stringify([regions, [...activity]]) !== shading)
      throw new Error(
        `first frame: ${variant.size.window} (${l}) shades other regions than the rest`,
      );
  }
  const geography = drawGeography(data, first.variant, first.picture.features);
  const found = pictures.findIndex((d) => d.lang === lang && d.variant.size.window === PAGE_WINDOW);
  const own = found < 0 ? 0 : found;
  const groups = pictures.map(({ variant, picture, lang: l, size }, i) => {
    const { center, zoom } = variant.camera;
    return (
      `<g class="${FIRST_FRAME.variant} ${FIRST_FRAME.variant}${size} ${langClass(l)}"` +
      ` data-center="${num(center[0])},${num(center[1])}" data-zoom="${num(zoom)}"` +
      ` data-fit="${fitted.flat().map(num).join(',')}"` +
      ` data-key="${picture.key}">${i === own ? picture.overlay : ''}</g>`
    );
  });
  const templates = pictures.flatMap(({ picture }, i) =>
    i === own ? [] : [overlayTemplate(i, picture.overlay)],
  );
  const sea = (theme: 'light' | 'dark') =>
    `<rect class="ff-sea ff-${theme}" width="100%" height="100%" fill="${geoPaint(svgStyle(lang, theme), closest).sea}"/>`;
  const map =
    `<svg class="ff-svg" width="100%" height="100%" aria-hidden="true">` +
    `${sea('light')}${sea('dark')}<svg x="50%" y="50%" overflow="visible">` +
    `<g class="${GEOGRAPHY}">${geography}</g>${groups.join('')}</svg></svg>${templates.join('')}`;
  const page = pictures[own] ?? { ...first, size: 0 };
  const font =
    `@font-face { font-family: "${LABEL_FONT_FAMILY}"; src: url("${fontUrl}") format("woff2");` +
    ' font-display: block; }';
  const shell = readFileSync(new URL('./shell.css', import.meta.url), 'utf8');
  return {
    script: headScript(PICTURE_LANGS),
    style: [
      shell,
      font,
      variantRules(drawn.map(({ variant, placement }) => ({ size: variant.size, placement }))),
      langRules(PICTURE_LANGS),
      geoRules(lang, first.variant.camera.zoom),
    ].join('\n'),
    noScriptStyle: noScriptRules(page.size, page.placement),
    body: shellMarkup({
      lang,
      features: page.picture.features,
      dataDate: index.atlas.dataDate,
      map,
    }),
    bodyScript: pictureScript(),
    pictures: pictures.map(({ variant, picture, lang: l }) => ({ variant, picture, lang: l })),
  };
}
