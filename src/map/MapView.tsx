/**
 * The atlas map. The SVG map (`svgmap/`) is the map until the camera first moves; then the
 * MapLibre map is created (`useMapInstance`, see `handover.ts`) and draws the geography: every
 * change of the view, selection or hover is pushed into it by `MapSync`. The flows, places,
 * labels and highlight outlines are drawn over it by `WebglOverlay`, as on the SVG map.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { selectedRegionIds } from '../domain/selection';
import { translate } from '../i18n/messages';
import { useFilteredView, useIndex } from '../state/derived';
import { useAtlasStore, type Selection } from '../state/store';
import type { MapViewState } from '../mapmodel/camera';
import type { RevealTarget } from '../mapmodel/fit';
import { fitView, revealSelection } from '../mapmodel/controller';
import { LABEL_FONT } from '../mapmodel/style/fonts';
import { CHINA, needsSouthChinaSeaInset } from '../mapmodel/extent';
import { firstViewBounds } from '../mapmodel/firstView';
import { mapFeaturesFor } from '../mapmodel/features';
import { hoveredTarget } from '../mapmodel/targets';
import { useMapControl } from '../ui/mapControl';
import { boundsOf } from './camera';
import { webglController } from './controller';
import { labelFontSettled, subscribeLabelFont } from './fonts';
import { MapAttribution, MapControls, MapTooltip, MapUnavailable } from './MapOverlays';
import type { PickContext } from './picking';
import { SouthChinaSeaInset } from '../svgmap/SouthChinaSeaInset';
import { applyMapTheme } from './theme';
import { useFirstView } from './useFirstView';
import { useMapGeography, useSvgBoundaries } from './useBoundaries';
import { useMapInstance } from './useMapInstance';
import { WebglOverlay } from './WebglOverlay';
import { dismissFirstFrame, firstFrameAdopted, quietFirstFrame } from '../svgmap/firstFrame';
import { preloadSvgBoundaries } from '../svgmap/geographyCache';
import { canvasClass, SVG_FIRST, useHandover, useSvgFirst } from './handover';
import { svgController, SvgMapLayer } from '../svgmap';

// Starts while the atlas is still loading: the SVG map needs the boundaries. MapLibre's chunk is
// fetched only when MapLibre starts (the first move of the camera, see `useSvgFirst`).
if (SVG_FIRST) void preloadSvgBoundaries().catch(() => undefined);
// The page's baked first frame stays on screen under the app until the live map covers it,
// but from now on it is only a picture: the app's own header, map and panel are the page.
quietFirstFrame();

const noSubscribe = () => () => undefined;
const noView = () => null;

/** The map, filling its parent. Reads the store; writes `select`, `hovered` and `mapStatus`. */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const pickContext = useRef<PickContext>({ shown: new Set(), overlay: null, features: null });
  const context = useCallback(() => pickContext.current, []);
  const { boundaries, failed: boundariesFailed } = useSvgBoundaries();
  const svg = useSvgFirst(boundariesFailed);
  const geography = useMapGeography(svg.startMap);
  // Region boxes for fitting: the SVG map's file has them first, the GeoJSON the same ones later.
  const bounds = (boundaries ?? geography)?.bounds ?? null;
  const created = useMapInstance(containerRef, context, svg.startMap);
  const index = useIndex();
  const view = useFilteredView();
  const lang = useAtlasStore((s) => s.lang);
  const theme = useAtlasStore((s) => s.theme);
  const selection = useAtlasStore((s) => s.selection);
  const hovered = useAtlasStore((s) => s.hovered);
  const mapStatus = useAtlasStore((s) => s.mapStatus);
  const mapFallback = useAtlasStore((s) => s.mapFallback);
  const [webglReady, setWebglReady] = useState(false);
  const phase = useHandover(created, webglReady, mapStatus);
  // MapLibre is driven only while it can draw: once its context is lost (or it could not start)
  // nothing more is sent to it, and the SVG map is the map.
  const handle = mapStatus === 'unavailable' || mapStatus === 'none' ? null : created;
  // The SVG map is drawn until MapLibre has faded in, and is the map the user handles until then.
  const svgShown = SVG_FIRST ? phase !== 'webgl' : phase === 'fallback';
  const svgActive = phase === 'svg' || phase === 'fallback';
  // Usually loaded already (it starts with the page): the SVG map's first frame then uses it.
  const fontReady = useSyncExternalStore(subscribeLabelFont, labelFontSettled);
  const [inset, setInset] = useState(false);

  // The map is ready when the first live map has drawn the atlas: the SVG map (two frames after
  // its first paint) or, without the SVG step, MapLibre.
  const mapDrawn = useCallback(() => {
    if (useAtlasStore.getState().mapStatus !== 'starting') return;
    performance.mark('atlas:interactive-map');
    useAtlasStore.getState().setMapStatus('ready');
  }, []);
  useEffect(() => void (svg.painted && mapDrawn()), [svg.painted, mapDrawn]);
  const onWebglReady = useCallback(() => {
    setWebglReady(true);
    mapDrawn();
  }, [mapDrawn]);

  // The page's baked picture goes once a live map covers it: the SVG map in the frame of its
  // first paint, MapLibre when ready (without the SVG step), or when there is no map. And by
  // the time `window.atlas.ready` resolves (any status but 'starting'; without WebGL that can
  // come just before the SVG map's paint). Unless the SVG map has kept the picture as its own
  // (`svgmap/useAdoption.ts`): it removes it when it draws itself.
  useEffect(() => {
    if ((svg.painting || mapStatus !== 'starting') && !firstFrameAdopted()) dismissFirstFrame();
  }, [svg.painting, mapStatus]);

  // Neither WebGL nor boundaries: no map at all, and the list takes its place.
  useEffect(() => {
    if (mapStatus === 'unavailable' && boundariesFailed) {
      useAtlasStore.getState().setMapStatus('none');
    }
  }, [mapStatus, boundariesFailed]);

  const webgl = useMemo(() => {
    if (!handle) return null;
    return webglController(handle, {
      map: handle.map,
      container: handle.map.getContainer(),
      context: handle.context,
      point: (id) => index?.regionById.get(id)?.point ?? null,
      bounds: (id) => bounds?.get(id) ?? null,
    });
  }, [handle, index, bounds]);
  const svgMap = useMemo(
    () =>
      svgController((id) => {
        const p = index?.regionById.get(id)?.point;
        return bounds?.get(id) ?? (p ? [p, p] : null);
      }),
    [index, bounds],
  );
  // The map the user sees and handles: the SVG map until MapLibre has taken over.
  const active = svgActive || !webgl ? (svgShown ? svgMap : null) : webgl;
  // Flows and places are laid out for each renderer's view as it last came to rest.
  const webglView = useSyncExternalStore(
    handle?.onSettled ?? noSubscribe,
    handle?.settled ?? noView,
  );
  const svgView = useSyncExternalStore(svgMap.onSettled, svgMap.settled);
  const featuresAt = useCallback(
    (at: MapViewState | null) =>
      index && view && at
        ? mapFeaturesFor(index, view, selection, at.camera, at.size).features
        : null,
    [index, view, selection],
  );
  // The SVG map's only while it is shown; one layout when both maps rest at the same camera.
  const webglFeatures = useMemo(() => featuresAt(webglView), [featuresAt, webglView]);
  const svgFeatures = useMemo(
    () => (svgShown ? featuresAt(svgView) : null),
    [featuresAt, svgView, svgShown],
  );
  const features = active === null ? null : active === webgl ? webglFeatures : svgFeatures;
  const mapControl = useMapControl();
  useEffect(() => {
    mapControl.set(active);
    return () => mapControl.set(null);
  }, [mapControl, active]);
  useEffect(() => {
    mapControl.setDrawn(features);
    return () => mapControl.setDrawn(null);
  }, [mapControl, features]);

  useEffect(() => {
    if (!handle || !geography) return;
    handle.sync.setGeography(geography);
    // Beyond the extent the context layers stop in a straight edge: keep the camera inside.
    const extent = geography.extent;
    if (extent) handle.map.setMaxBounds([extent[0][0], extent[0][1], extent[1][0], extent[1][1]]);
  }, [handle, geography]);

  useEffect(() => {
    if (!handle || !webglFeatures || !fontReady) return;
    handle.sync.setFeatures(webglFeatures);
  }, [handle, webglFeatures, fontReady]);

  useEffect(() => {
    if (!handle) return;
    const apply = () => applyMapTheme(handle.map, theme);
    if (handle.map.isStyleLoaded()) apply();
    handle.map.on('styledata', apply);
    return () => void handle.map.off('styledata', apply);
  }, [handle, theme]);

  useEffect(() => {
    handle?.map.getCanvas().setAttribute('aria-label', translate(lang, 'mapLabel'));
  }, [handle, lang]);
  useEffect(() => handle?.sync.setHover(hoveredTarget(hovered)), [handle, hovered]);

  useFirstView(handle, fontReady ? { index, view, geography } : null, svg.painted, onWebglReady);

  // A new selection (click, search, list, URL, atlas:set) is brought into view when it is
  // off-screen or too small to see; a presentation step frames its own place instead.
  const revealed = useRef<Selection>(null);
  useEffect(() => {
    if (!active || !index || selection === revealed.current) return;
    if (!active.view()) return;
    revealed.current = selection;
    if (useAtlasStore.getState().step !== null) return;
    const targets = selectedRegionIds(selection).flatMap((id): RevealTarget[] => {
      const point = index.regionById.get(id)?.point;
      return point ? [{ point, box: bounds?.get(id) ?? null }] : [];
    });
    revealSelection(active, targets);
  }, [active, selection, index, bounds]);

  useEffect(() => {
    if (!handle) return;
    const update = () => setInset(needsSouthChinaSeaInset(boundsOf(handle.map)));
    handle.map.on('moveend', update);
    handle.map.on('resize', update);
    update();
    return () => {
      handle.map.off('moveend', update);
      handle.map.off('resize', update);
    };
  }, [handle]);

  const fitBounds = useMemo(
    () => (index && view && bounds ? firstViewBounds(index, view, bounds) : CHINA),
    [index, view, bounds],
  );
  const reset = useCallback(() => {
    if (active) fitView(active, fitBounds, 'ease');
  }, [active, fitBounds]);

  return (
    <div
      className={inset ? 'atlas-map atlas-map--inset' : 'atlas-map'}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
    >
      {svgShown && boundaries && index && view ? (
        <SvgMapLayer
          boundaries={boundaries}
          index={index}
          view={view}
          features={svgFeatures}
          fitBounds={fitBounds}
          active={svgActive}
          fallback={phase === 'fallback' ? (mapFallback ?? 'noWebgl') : null}
          fontReady={fontReady}
          onPainted={svg.onPainted}
        />
      ) : null}
      <div
        ref={containerRef}
        className={`atlas-map__canvas ${canvasClass(phase)}`}
        inert={svgActive}
      />
      {handle && webglFeatures && fontReady && !svgActive ? (
        <WebglOverlay
          handle={handle}
          boundaries={boundaries}
          features={webglFeatures}
          font={LABEL_FONT}
          pickRef={pickContext}
        />
      ) : null}
      {mapStatus === 'none' ? <MapUnavailable lang={lang} /> : null}
      {index && view ? <MapTooltip index={index} view={view} lang={lang} /> : null}
      {handle || (svgShown && boundaries) ? (
        <MapControls
          lang={lang}
          onZoomIn={() => active?.zoomBy(1)}
          onZoomOut={() => active?.zoomBy(-1)}
          onReset={reset}
        />
      ) : null}
      {geography && inset && (phase === 'fading' || phase === 'webgl') ? (
        <SouthChinaSeaInset geography={geography} label={translate(lang, 'southChinaSeaInset')} />
      ) : null}
      {index ? (
        <MapAttribution
          lang={lang}
          dataDate={index.atlas.dataDate}
          weaker={features?.weaker ?? null}
        />
      ) : null}
    </div>
  );
}
