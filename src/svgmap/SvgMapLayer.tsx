/**
 * The SVG map: the atlas drawn as SVG from the same boundaries, features and
 * layer specs as the WebGL map, with the same camera. It paints in the first
 * frame after the data arrives (marking `atlas:first-map-paint`), is the map
 * until the camera first moves and MapLibre has taken over (`map/handover.ts`),
 * and stays the map wherever WebGL is unavailable.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import type { LonLatBounds, RegionActivity } from '../domain/mapFeatures';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import type { FilteredView } from '../domain/select';
import { translate } from '../i18n/messages';
import { FALLBACK_FONTS, LABEL_FONT } from '../mapmodel/style/fonts';
import { SouthChinaSeaInset } from './SouthChinaSeaInset';
import { useGeography } from './geographyCache';
import { useAtlasStore, type MapFallback } from '../state/store';
import type { SvgBoundaries } from './boundaries';
import { svgTransform } from './geometry';
import { geoPaint } from './geoPaint';
import { viewBounds } from '../mapmodel/camera';
import { needsSouthChinaSeaInset } from '../mapmodel/extent';
import { targetNamer } from './names';
import { SvgGeography } from './SvgGeography';
import { SvgOverlay } from './SvgOverlay';
import { usePointerActions } from './targets';
import { useSvgCamera } from './useSvgCamera';
import { useSvgPointer } from './useSvgPointer';
import { setSvgDrawn, useSvgView } from './viewStore';
import './svgmap.css';
import { useOverlay } from './useOverlay';
import { useAdoption } from './useAdoption';

const FIRST_PAINT = 'atlas:first-map-paint';
const NO_ACTIVITY: ReadonlyMap<string, RegionActivity> = new Map();

/** The notice for each reason the SVG map stands in. */
const NOTICE = {
  noWebgl: 'svgmapNotice',
  contextLost: 'svgmapNoticeContextLost',
  noBoundaries: 'svgmapNoticeNoBoundaries',
} as const satisfies Record<MapFallback, string>;

/** What the SVG map draws and how it behaves. */
export interface SvgMapLayerProps {
  /** What the map is drawn from (path data, region boxes, extent). */
  readonly boundaries: SvgBoundaries;
  readonly index: AtlasIndex;
  readonly view: FilteredView;
  /** What to draw over the geography, laid out for the view as it last came to rest; null before the first camera. */
  readonly features: MapFeatures | null;
  /** What the first view (and the reset button) fits: the involved regions, or China. */
  readonly fitBounds: LonLatBounds;
  /** True while it is the map the user sees and uses; false while it fades out over MapLibre. */
  readonly active: boolean;
  /** Why the SVG map stands in for the WebGL map (a short notice says so), or null while it does not. */
  readonly fallback: MapFallback | null;
  readonly fontReady: boolean;
  /** Called once, in the frame the map is first painted. */
  readonly onPainted: () => void;
}

/** The SVG map, filling its parent. */
export function SvgMapLayer(props: SvgMapLayerProps) {
  const { boundaries, index, view, features, active, fallback, fontReady, onPainted } = props;
  const lang = useAtlasStore((s) => s.lang);
  const theme = useAtlasStore((s) => s.theme);
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  useSvgCamera(containerRef, svgRef, props);
  const { camera, size } = useSvgView();
  const handlers = useSvgPointer(svgRef, usePointerActions());

  const { shapes } = boundaries;
  const shown = useMemo(() => new Set(features?.regions), [features]);
  const font = fontReady ? LABEL_FONT : FALLBACK_FONTS;
  const { overlay, style, selected, hovered, fade } = useOverlay(features, camera, size, font);
  const zoom = camera?.zoom ?? 0;
  const paint = useMemo(() => geoPaint(style, zoom), [style, zoom]);
  // What it draws, for the controller's snapshot (`window.atlas.mapSnapshot()`) and picking.
  useLayoutEffect(() => {
    setSvgDrawn(features, overlay);
    return () => setSvgDrawn(null, null);
  }, [features, overlay]);
  const name = useMemo(
    () => targetNamer(index, view, features, lang),
    [index, view, features, lang],
  );
  const transform = camera && size ? svgTransform(camera, size) : null;
  const drawn = useMemo(
    () =>
      camera && size && overlay && features
        ? {
            size,
            camera,
            theme,
            lang,
            font,
            regions: features.regions,
            activity: features.activity,
            overlay,
            hovered,
            selected,
          }
        : null,
    [camera, size, overlay, features, theme, lang, font, hovered, selected],
  );
  // Transparent over the page's baked picture while that is the very picture it would draw.
  const keep = useAdoption(drawn, containerRef);

  const painted = useRef(false);
  useLayoutEffect(() => {
    if (painted.current || !overlay) return;
    painted.current = true;
    // A frame callback runs just before the browser paints what was committed.
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(FIRST_PAINT).length === 0) performance.mark(FIRST_PAINT);
      onPainted();
    });
  }, [overlay, onPainted]);

  const className = `svgmap${active ? '' : ' svgmap--inactive'}`;
  return (
    <div ref={containerRef} className={className} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <svg
        ref={svgRef}
        className="svgmap__svg"
        width={size?.width ?? 0}
        height={size?.height ?? 0}
        role="group"
        aria-label={translate(lang, 'svgmapLabel')}
        tabIndex={active ? 0 : -1}
        data-zoom={camera ? camera.zoom.toFixed(3) : undefined}
        {...handlers}
      >
        {keep ? null : <rect width="100%" height="100%" fill={paint.sea} />}
        {transform && overlay && !keep ? (
          <>
            <SvgGeography
              shapes={shapes}
              paint={paint}
              style={style}
              zoom={zoom}
              transform={transform}
              shown={shown}
              activity={features?.activity ?? NO_ACTIVITY}
              hovered={hovered}
              selected={selected}
            />
            <SvgOverlay overlay={overlay} selected={selected} name={name} font={font} fade={fade} />
          </>
        ) : null}
      </svg>
      {fallback ? (
        <p className="svgmap__notice" role="status">
          {translate(lang, NOTICE[fallback])}
        </p>
      ) : null}
      {active && camera && size && needsSouthChinaSeaInset(viewBounds(camera, size)) ? (
        <SvgInset label={translate(lang, 'southChinaSeaInset')} />
      ) : null}
    </div>
  );
}

const warnNoInset = (error: unknown) =>
  console.warn(`The South China Sea inset could not be drawn: ${String(error)}`);

/** The inset, once the GeoJSON it draws is loaded (asked for when a view first needs it). */
function SvgInset({ label }: { label: string }) {
  const geography = useGeography(true, warnNoInset);
  return geography ? <SouthChinaSeaInset geography={geography} label={label} /> : null;
}
