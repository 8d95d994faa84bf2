/**
 * The pictures of the first frame: the live SVG map's own components (`SvgGeography` and
 * `SvgOverlay`, as `SvgMapLayer` draws them) rendered to markup with the map model's
 * features, style and label placement. The geography is drawn once and placed for each map
 * size by CSS; the overlay (links, markers, labels) once per size. Drawn about the centre of
 * the map area (the page puts the origin there), so a larger area shows the same picture
 * with more around it.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { AtlasIndex } from '../../src/domain/atlasIndex';
import type { Lang } from '../../src/domain/format';
import type { FilteredView } from '../../src/domain/select';
import { worldToScreen, type Camera, type ViewSize } from '../../src/mapmodel/camera';
import { mapFeaturesFor } from '../../src/mapmodel/features';
import type { MapFeatures } from '../../src/mapmodel/mapFeatures';
import { coveredOnScreen, type Measure } from '../../src/mapmodel/labels';
import { buildOverlay } from '../../src/mapmodel/overlay';
import { svgStyle } from '../../src/mapmodel/style/read';
import { geoPaint } from '../../src/svgmap/geoPaint';
import type { GeoShapes } from '../../src/svgmap/geometry';
import { REF_ZOOM } from '../../src/svgmap/geometry';
import { SvgGeography } from '../../src/svgmap/SvgGeography';
import { SvgOverlay } from '../../src/svgmap/SvgOverlay';
import { pictureKey } from '../../src/svgmap/pictureKey';
import { relativePolylines } from './relativePaths';

/** What every picture is drawn from. */
export interface PictureData {
  readonly index: AtlasIndex;
  readonly view: FilteredView;
  /** The geography's path data, in units of `grid` world units at `REF_ZOOM`. */
  readonly shapes: GeoShapes;
  readonly grid: number;
  readonly lang: Lang;
  /** The labels' font stack and their widths in it. */
  readonly font: string;
  readonly measure: Measure;
}

/** A camera for a map of `size`. */
export interface PictureRequest {
  readonly camera: Camera;
  readonly size: ViewSize;
}

/** A picture's overlay, and what it shows (for the build's report and the tests). */
export interface Picture {
  /** The links, markers and labels (`SvgOverlay`). */
  readonly overlay: string;
  readonly labels: readonly string[];
  readonly links: readonly string[];
  /** What the map model drew (the legend is sized by it, the geography shaded by it). */
  readonly features: MapFeatures;
  /** The fingerprint of the full picture (`pictureKey`): the live map keeps it when its own is the same. */
  readonly key: string;
}

/** The geography as drawn at one camera: its transform and its lines in path units. */
export interface GeographyPlacement {
  /** Path units to pixels about the middle of the map area: `[k, tx, ty]`. */
  readonly matrix: readonly [number, number, number];
  /** Width (and dash) of each line of `GeoPaint` in path units. */
  readonly lines: Readonly<Record<LineName, { width: number; dash?: string }>>;
}

/** The lines of the geography (the `Stroke`s of `GeoPaint`). */
export const LINE_NAMES = [
  'neighbourLine',
  'river',
  'regionLine',
  'provinceBorder',
  'countryOutline',
  'boundaryLine',
] as const;
export type LineName = (typeof LINE_NAMES)[number];

const LIGHT = 'light';
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** Where the geography goes at `request`'s camera, its origin at the middle of the map area. */
export function placeGeography(data: PictureData, request: PictureRequest): GeographyPlacement {
  const { camera, size } = request;
  const t = worldToScreen(camera, size, REF_ZOOM);
  const k = t.k * data.grid;
  const paint = geoPaint(svgStyle(data.lang, LIGHT), camera.zoom);
  const lines = Object.fromEntries(
    LINE_NAMES.map((name) => {
      const { width, dash } = paint[name];
      const scaled = dash
        ?.split(' ')
        .map((n) => num(Number(n) / k))
        .join(' ');
      return [name, { width: width / k, ...(scaled ? { dash: scaled } : {}) }];
    }),
  ) as GeographyPlacement['lines'];
  return { matrix: [k, t.x - size.width / 2, t.y - size.height / 2], lines };
}

/**
 * The geography, once for every picture: the live map's `SvgGeography` in the light theme,
 * shaded by `features`, placed for `request`'s camera (the other sizes and the themes restyle
 * it by CSS: `geoRules.ts`). Stroke widths are in path units, not `vector-effect` (the
 * picture never moves, and `vector-effect` made the browser lay every stroke out again).
 */
export function drawGeography(
  data: PictureData,
  request: PictureRequest,
  features: MapFeatures,
): string {
  const [k, x, y] = placeGeography(data, request).matrix;
  const style = svgStyle(data.lang, LIGHT);
  return renderToStaticMarkup(
    <SvgGeography
      shapes={data.shapes}
      paint={geoPaint(style, request.camera.zoom)}
      style={style}
      zoom={request.camera.zoom}
      transform={`matrix(${num(k)} 0 0 ${num(k)} ${num(x)} ${num(y)})`}
      shown={new Set(features.regions)}
      activity={features.activity}
      hovered={null}
      selected={null}
      strokeScale={k}
    />,
  );
}

/** Draws one picture's overlay, its origin at the middle of the map area. */
export function drawPicture(data: PictureData, request: PictureRequest): Picture {
  const { camera, size } = request;
  const style = svgStyle(data.lang, LIGHT);
  const { features } = mapFeaturesFor(data.index, data.view, null, camera, size);
  const [cx, cy] = [size.width / 2, size.height / 2];
  const overlay = buildOverlay({
    features,
    camera,
    size,
    style,
    selected: null,
    hovered: null,
    measure: data.measure,
    covered: coveredOnScreen(size),
  });
  // The links' path data written relative: the same points in fewer bytes.
  const drawn = relativePolylines(
    renderToStaticMarkup(
      <g transform={`translate(${num(-cx)} ${num(-cy)})`}>
        <SvgOverlay overlay={overlay} selected={null} name={() => ''} font={data.font} />
      </g>,
    ),
  );
  return {
    overlay: drawn,
    labels: overlay.labels.map((l) => l.text),
    links: overlay.arcs.map((a) => a.key),
    features,
    key: pictureKey({
      size: { width: size.width, height: size.height },
      camera,
      theme: LIGHT,
      lang: data.lang,
      font: data.font,
      regions: features.regions,
      activity: features.activity,
      overlay,
      hovered: null,
      selected: null,
    }),
  };
}
