/**
 * One picture of the first frame: the live SVG map's own components (`SvgGeography` and
 * `SvgOverlay`, as `SvgMapLayer` draws them) rendered to markup for one camera and map
 * size, with the map model's features, style and label placement. Drawn about the centre
 * of the map area (the page puts the origin there), so a larger area shows the same
 * picture with more around it. A bare picture is the geography alone: no shading, no
 * links, markers or labels.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { AtlasIndex } from '../../src/domain/atlasIndex';
import type { Lang } from '../../src/domain/format';
import type { RegionActivity } from '../../src/domain/mapFeatures';
import type { FilteredView } from '../../src/domain/select';
import { worldToScreen, type Camera, type ViewSize } from '../../src/mapmodel/camera';
import { mapFeaturesFor } from '../../src/mapmodel/features';
import type { MapFeatures } from '../../src/mapmodel/mapFeatures';
import type { Measure } from '../../src/mapmodel/labels';
import { buildOverlay } from '../../src/mapmodel/overlay';
import { svgStyle } from '../../src/mapmodel/style/read';
import type { MapTheme } from '../../src/mapmodel/theme';
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

/** One picture: a camera for a map of `size`, in a theme; bare: the geography alone. */
export interface PictureRequest {
  readonly camera: Camera;
  readonly size: ViewSize;
  readonly theme: MapTheme;
  readonly bare: boolean;
}

/** A picture's markup, and what it shows (for the build's report and the tests). */
export interface Picture {
  /** The geography (`SvgGeography`), then the links, markers and labels (`SvgOverlay`). */
  readonly geography: string;
  readonly overlay: string;
  readonly labels: readonly string[];
  readonly links: readonly string[];
  /** What the map model drew (the legend is sized by it). */
  readonly features: MapFeatures;
  /** The fingerprint of the full picture (`pictureKey`): the live map keeps it when its own is the same. */
  readonly key: string | null;
}

const NONE: ReadonlySet<string> = new Set();
const NO_ACTIVITY: ReadonlyMap<string, RegionActivity> = new Map();
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** Draws one picture of the first frame, its origin at the middle of the map area. */
export function drawPicture(data: PictureData, request: PictureRequest): Picture {
  const { camera, size, theme, bare } = request;
  const style = svgStyle(data.lang, theme);
  const paint = geoPaint(style, camera.zoom);
  const { features } = mapFeaturesFor(data.index, data.view, null, camera, size);
  const t = worldToScreen(camera, size, REF_ZOOM);
  const k = t.k * data.grid;
  const [cx, cy] = [size.width / 2, size.height / 2];
  const overlay = bare
    ? null
    : buildOverlay({
        features,
        camera,
        size,
        style,
        selected: null,
        hovered: null,
        measure: data.measure,
      });
  const geography = renderToStaticMarkup(
    <SvgGeography
      shapes={data.shapes}
      paint={paint}
      style={style}
      zoom={camera.zoom}
      transform={`matrix(${num(k)} 0 0 ${num(k)} ${num(t.x - cx)} ${num(t.y - cy)})`}
      shown={bare ? NONE : new Set(features.regions)}
      activity={bare ? NO_ACTIVITY : features.activity}
      hovered={null}
      selected={null}
      // The picture never moves: widths in path units, not `vector-effect` (which made the
      // browser lay every stroke out again in screen units: 10 ms of the page's first layout).
      strokeScale={k}
    />,
  );
  // The links' path data written relative: the same points in fewer bytes.
  const drawn = overlay
    ? relativePolylines(
        renderToStaticMarkup(
          <g transform={`translate(${num(-cx)} ${num(-cy)})`}>
            <SvgOverlay overlay={overlay} selected={null} name={() => ''} font={data.font} />
          </g>,
        ),
      )
    : '';
  return {
    geography,
    overlay: drawn,
    labels: overlay?.labels.map((l) => l.text) ?? [],
    links: overlay?.arcs.map((a) => a.key) ?? [],
    features,
    key: overlay
      ? pictureKey({
          size: { width: size.width, height: size.height },
          camera,
          theme,
          lang: data.lang,
          font: data.font,
          regions: features.regions,
          activity: features.activity,
          overlay,
          hovered: null,
          selected: null,
        })
      : null,
  };
}
