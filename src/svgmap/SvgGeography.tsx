/**
 * The geography of the SVG map, bottom to top like the WebGL layers:
 * neighbours, provinces and the shown regions shaded by activity, water,
 * borders, the country outline, the boundary lines and the hover/selection
 * outlines. Paths are in world pixels (see `geometry.ts`), moved by one
 * transform; strokes keep their screen width (`vector-effect`, or, in a file,
 * widths divided by the transform's scale: see `strokeScale`).
 */
import { createContext, memo, useContext, useMemo } from 'react';
import type { RegionActivity } from '../domain/mapFeatures';
import type { MapTarget } from '../mapmodel/targets';
import type { AdminShape, GeoShapes } from './geometry';
import { polygonFill, polygonOutline, type GeoPaint, type Stroke } from './geoPaint';
import type { SvgStyle } from '../mapmodel/style/read';

const NS = 'non-scaling-stroke';

/**
 * The class of each part of the geography: the lines by their `GeoPaint` stroke. The baked
 * first frame draws the geography once for all its map sizes and themes and restyles these
 * parts by CSS (`scripts/prerender/geoRules.ts`).
 */
export const GEO_CLASS = {
  neighbours: 'svgmap__neighbours',
  provinces: 'svgmap__provinces',
  regions: 'svgmap__regions',
  lakes: 'svgmap__lakes',
  neighbourLine: 'svgmap__neighbour-line',
  river: 'svgmap__rivers',
  regionLine: 'svgmap__region-lines',
  provinceBorder: 'svgmap__province-borders',
  countryOutline: 'svgmap__country-outline',
  boundaryLine: 'svgmap__boundary-lines',
} as const;

/** The transform's scale when drawing for a file, else null (strokes then use `vector-effect`). */
const FileScale = createContext<number | null>(null);

/** Stroke width and dashes in path units, and the `vector-effect` that keeps them on screen. */
function useStrokeWidth() {
  const k = useContext(FileScale);
  return (width: number, dash?: string) =>
    k === null
      ? { strokeWidth: width, strokeDasharray: dash, vectorEffect: NS }
      : {
          strokeWidth: width / k,
          strokeDasharray: dash
            ?.split(' ')
            .map((n) => Number(n) / k)
            .join(' '),
        };
}

interface LineProps {
  readonly d: string;
  readonly stroke: Stroke;
  readonly join?: boolean;
  /** Which line it is (the baked first frame restyles them by class: `scripts/prerender/`). */
  readonly className?: string;
}

function Line({ d, stroke, join, className }: LineProps) {
  const width = useStrokeWidth();
  return d ? (
    <path
      className={className}
      d={d}
      fill="none"
      stroke={stroke.colour}
      {...width(stroke.width, stroke.dash)}
      strokeLinejoin={join ? 'round' : undefined}
      strokeLinecap={join ? 'round' : undefined}
      pointerEvents="none"
    />
  ) : null;
}

/** What the geography is drawn from. */
export interface SvgGeographyProps {
  readonly shapes: GeoShapes;
  readonly paint: GeoPaint;
  readonly style: SvgStyle;
  readonly zoom: number;
  /** `matrix(...)` from world pixels to the screen. */
  readonly transform: string;
  /** Regions the view shows (involved ones and their ancestors); only these are shaded and clickable. */
  readonly shown: ReadonlySet<string>;
  readonly activity: ReadonlyMap<string, RegionActivity>;
  readonly hovered: MapTarget;
  readonly selected: MapTarget;
  /**
   * For a file (the vector export): the scale of `transform`. Stroke widths are then
   * divided by it instead of kept with `vector-effect`, which Illustrator and PDF
   * converters ignore.
   */
  readonly strokeScale?: number;
}

function stateOf(id: string, hovered: MapTarget, selected: MapTarget) {
  return {
    hover: hovered?.kind === 'region' && hovered.id === id,
    selected: selected?.kind === 'region' && selected.id === id,
  };
}

type OutlineProps = Pick<SvgGeographyProps, 'style' | 'zoom' | 'hovered' | 'selected'>;

function Outlines(props: OutlineProps & { polygons: readonly AdminShape[] }) {
  const { polygons, style, zoom, hovered, selected } = props;
  const width = useStrokeWidth();
  return polygons.map((s) => {
    const outline = polygonOutline(style, zoom, s.level, stateOf(s.id, hovered, selected));
    if (!outline) return null;
    return (
      <g key={s.id} fill="none" strokeLinejoin="round" pointerEvents="none">
        <path
          d={s.d}
          stroke={outline.casing.colour}
          strokeOpacity={outline.casing.opacity}
          {...width(outline.casing.width)}
        />
        <path d={s.d} stroke={outline.line.colour} {...width(outline.line.width)} />
      </g>
    );
  });
}

/** The geography group. Re-renders only when its props change (camera, data, hover, selection, theme). */
export const SvgGeography = memo(function SvgGeography(props: SvgGeographyProps) {
  const { shapes, paint, style, zoom, transform, shown, activity, hovered, selected } = props;
  const regions = shapes.regions.filter((r) => shown.has(r.id));
  const fill = (s: AdminShape) => {
    const f = polygonFill(
      style,
      zoom,
      s.level,
      activity.get(s.id),
      stateOf(s.id, hovered, selected),
    );
    return (
      <path
        key={s.id}
        d={s.d}
        fill={f.colour}
        fillOpacity={f.opacity === 1 ? undefined : f.opacity}
        fillRule="evenodd"
        data-region={shown.has(s.id) ? s.id : undefined}
      />
    );
  };
  const highlighted = (list: readonly AdminShape[]) =>
    list.filter((s) => {
      const st = stateOf(s.id, hovered, selected);
      return st.hover || st.selected;
    });
  const group = (
    <g transform={transform} aria-hidden="true">
      <path
        className={GEO_CLASS.neighbours}
        d={shapes.neighbours}
        fill={paint.neighbourFill}
        fillRule="evenodd"
      />
      <Line
        className={GEO_CLASS.neighbourLine}
        d={shapes.neighbours}
        stroke={paint.neighbourLine}
      />
      <g className={GEO_CLASS.provinces}>{shapes.provinces.map(fill)}</g>
      <g className={GEO_CLASS.regions}>
        {regions.filter((r) => r.level === 1).map(fill)}
        {regions.filter((r) => r.level === 2).map(fill)}
      </g>
      <path
        className={GEO_CLASS.lakes}
        d={shapes.lakes}
        fill={paint.lake}
        fillRule="evenodd"
        pointerEvents="none"
      />
      <Line className={GEO_CLASS.river} d={shapes.rivers} stroke={paint.river} join />
      <g className={GEO_CLASS.regionLine}>
        {regions.map((r) => (
          <Line key={r.id} d={r.d} stroke={paint.regionLine} />
        ))}
      </g>
      <Line
        className={GEO_CLASS.provinceBorder}
        d={shapes.provinceBorders}
        stroke={paint.provinceBorder}
        join
      />
      <Line
        className={GEO_CLASS.countryOutline}
        d={shapes.countryOutline}
        stroke={paint.countryOutline}
        join
      />
      <Line
        className={GEO_CLASS.boundaryLine}
        d={shapes.boundaryLines}
        stroke={paint.boundaryLine}
      />
      <Outlines {...props} polygons={highlighted(shapes.provinces)} />
      <Outlines {...props} polygons={highlighted(regions)} />
    </g>
  );
  return <FileScale value={props.strokeScale ?? null}>{group}</FileScale>;
});

/**
 * The hover and selection outlines alone, for a map that draws the rest of the geography
 * itself (MapLibre): the same paths and paint as the SVG map's, over the polygons.
 */
export function HighlightOutlines(
  props: OutlineProps & Pick<SvgGeographyProps, 'shapes' | 'transform' | 'shown'>,
) {
  const { shapes, shown, hovered, selected } = props;
  const byId = useMemo(
    () => new Map([...shapes.provinces, ...shapes.regions].map((s) => [s.id, s])),
    [shapes],
  );
  const polygons = [hovered, selected]
    .flatMap((t) => (t?.kind === 'region' ? (byId.get(t.id) ?? []) : []))
    .filter((s, i, all) => all.indexOf(s) === i && (s.level === 0 || shown.has(s.id)))
    .sort((a, b) => a.level - b.level);
  return (
    <g transform={props.transform} aria-hidden="true">
      <Outlines {...props} polygons={polygons} />
    </g>
  );
}
