/**
 * Keeps a MapLibre map in step with the app, imperatively (react-map-gl's
 * `source.ts`/`layer.ts` pattern): sources and layers are installed once per
 * style (again after `style.load`), `setData` runs only when a data reference
 * changes, and hover, selection and activity are `feature-state`; the hovered and
 * selected polygons' outlines are a small source of their own (`outlines.ts`), and the
 * fade during play is `PlayFade`'s (`playFade.ts`).
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { FeatureCollection, GeoJSON, Point } from 'geojson';
import type { PlacedLabel } from '../mapmodel/labels';
import type { PlacedLabelProps } from '../mapmodel/placedLabels';
import type { Lang } from '../domain/format';
import type { RegionActivity } from '../domain/mapFeatures';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import type { RegionId } from '../domain/schema';
import { sameTarget, type MapTarget } from '../mapmodel/targets';
import type { Geography } from '../mapmodel/geography';
import { arrowImage } from './arrow';
import { atlasLayers } from '../mapmodel/style/layers';
import { Outlines } from './outlines';
import { isFading, PlayFade } from './playFade';
import {
  ARROW_IMAGE,
  ATLAS_SOURCES,
  LABEL_LAYERS,
  SOURCES,
  labelText,
} from '../mapmodel/style/sources';

/** The sources filled from the boundaries, by source id: each holds the Geography collection of its name. */
const GEOGRAPHY_SOURCES = new Map(
  (
    [
      'neighbours',
      'provinces',
      'provinceBorders',
      'countryOutline',
      'boundaryLines',
      'regions',
      'rivers',
      'lakes',
    ] as const satisfies readonly (keyof Geography & keyof typeof SOURCES)[]
  ).map((key) => [SOURCES[key] as string, key]),
);

const REGION_SOURCES = [SOURCES.provinces, SOURCES.regions, SOURCES.points] as const;
const MARKER_SOURCES = [SOURCES.points, SOURCES.labels] as const;
const LINK_SOURCES = [SOURCES.arcs, SOURCES.arrows] as const;

/** The sources whose layers read a target's `hover` or `selected` state. Region fills show hover
 * only; a selected region is marked by its marker and by the outline source (see `outlines.ts`). */
function sourcesOf(target: MapTarget, key: 'hover' | 'selected'): readonly string[] {
  if (!target) return [];
  if (target.kind === 'link') return LINK_SOURCES;
  return key === 'hover' ? REGION_SOURCES : MARKER_SOURCES;
}

/** One map's synchroniser. Create it with the map; call its setters whenever the app changes. */
export class MapSync {
  private readonly sent = new Map<string, unknown>();
  private styleLoaded = false;
  private geography: Geography | null = null;
  private features: MapFeatures | null = null;
  private labels: FeatureCollection<Point, PlacedLabelProps> | null = null;
  private placed: readonly PlacedLabel[] = [];
  private activity: ReadonlyMap<RegionId, RegionActivity> = new Map();
  private lang: Lang;
  private hover: MapTarget = null;
  private selected: MapTarget = null;
  private readonly outlines = new Outlines();
  private readonly fade: PlayFade;

  constructor(
    private readonly map: MapLibreMap,
    lang: Lang,
  ) {
    this.lang = lang;
    this.fade = new PlayFade(map, () => this.flush());
  }

  /**
   * Called once the style is loaded (and again after a new style): adds whatever source, layer
   * or image the style lacks, then re-applies all state. Waits until the boundaries and the
   * atlas features are both known, so every source is created with its data and MapLibre tiles
   * them all in one pass (empty sources filled later cost a round of tiles and frames each).
   */
  install(): void {
    this.styleLoaded = true;
    const map = this.map;
    if (!this.geography || !this.features) return;
    if (!map.hasImage(ARROW_IMAGE))
      map.addImage(ARROW_IMAGE, arrowImage(), { sdf: true, pixelRatio: 2 });
    let fresh = false;
    for (const [id, spec] of Object.entries(ATLAS_SOURCES)) {
      if (!map.getSource(id)) {
        const data = this.dataOf(id);
        map.addSource(id, data ? { ...spec, data } : spec);
        if (!fresh) this.sent.clear();
        fresh = true;
        if (data) this.sent.set(id, data);
      }
    }
    for (const layer of atlasLayers(this.lang)) if (!map.getLayer(layer.id)) map.addLayer(layer);
    this.flush();
    this.applyStates(new Map(), this.activity);
    for (const t of [this.hover, this.selected])
      this.paint(t, t === this.hover ? 'hover' : 'selected', true);
  }

  /** Installs the sources and layers the first time both the style and the data are there. */
  private installWhenReady(): void {
    if (this.styleLoaded && !this.map.getSource(SOURCES.points)) this.install();
  }

  /** The boundaries, once loaded. */
  setGeography(geography: Geography): void {
    this.geography = geography;
    this.installWhenReady();
    this.flush();
  }

  /** The atlas features of the current view; a new reference means new data. */
  setFeatures(features: MapFeatures): void {
    if (features === this.features) return;
    this.fade.endView();
    const before = this.features;
    const previous = this.activity;
    this.features = features;
    this.activity = features.activity;
    if (before) this.fade.start(before, features);
    this.installWhenReady();
    this.flush();
    this.applyStates(previous, features.activity);
  }

  /** Fade links and markers in and out over `ms` on later view changes; 0 switches at once. */
  setFadeDuration(ms: number): void {
    this.fade.setDuration(ms);
  }

  /** True once the atlas features have been handed to the map's sources. */
  hasAtlasData(): boolean {
    return (
      this.features !== null &&
      this.sent.get(SOURCES.points) === this.fade.drawn(this.features, SOURCES.points)
    );
  }

  /** Switches the labels' language in place. */
  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    for (const id of LABEL_LAYERS) {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', labelText(lang));
    }
  }

  /** Marks what the pointer is over. */
  setHover(target: MapTarget): void {
    if (sameTarget(target, this.hover)) return;
    const previous = this.hover;
    this.hover = target;
    this.flushOutlines();
    this.paint(previous, 'hover', false);
    this.paint(target, 'hover', true);
  }

  /** Marks the selection (its label is placed first by the map model, so it is never hidden). */
  setSelected(target: MapTarget): void {
    if (sameTarget(target, this.selected)) return;
    const previous = this.selected;
    this.selected = target;
    this.flushOutlines();
    this.paint(previous, 'selected', false);
    this.paint(target, 'selected', true);
  }

  /** What the map draws now: its features and the labels placed for them (container pixels). */
  drawn(): { features: MapFeatures; labels: readonly PlacedLabel[] } | null {
    return this.features ? { features: this.features, labels: this.placed } : null;
  }

  /** The labels the map model placed for the current camera; a new reference means new labels. */
  setLabels(
    labels: FeatureCollection<Point, PlacedLabelProps>,
    placed: readonly PlacedLabel[],
  ): void {
    this.labels = labels;
    this.placed = placed;
    this.setData(SOURCES.labels, labels);
    // A new label feature has no state yet: the selected one is marked again.
    if (this.selected?.kind === 'region') this.paint(this.selected, 'selected', true);
  }

  /**
   * The outlines of the hovered and selected regions, when the map has them to draw. Sent before
   * the feature states change, so the frame those ask for waits for the outline (see frameGate.ts)
   * and both appear together.
   */
  private flushOutlines(): void {
    const data = this.dataOf(SOURCES.outlines);
    if (data) this.setData(SOURCES.outlines, data);
  }

  private setData(source: string, data: GeoJSON): void {
    if (this.sent.get(source) === data) return;
    const s = this.map.getSource<GeoJSONSource>(source);
    if (!s) return;
    s.setData(data);
    this.sent.set(source, data);
  }

  /** What a source should hold now, or null while its data is not known. */
  private dataOf(source: string): GeoJSON | null {
    const f = this.features;
    const boundaries = GEOGRAPHY_SOURCES.get(source);
    if (boundaries) return this.geography?.[boundaries] ?? null;
    if (source === SOURCES.labels) return this.labels;
    if (source === SOURCES.outlines)
      return this.geography && this.outlines.of(this.geography, this.hover, this.selected);
    return f && isFading(source) ? this.fade.drawn(f, source) : null;
  }

  private flush(): void {
    for (const source of Object.values(SOURCES)) {
      const data = this.dataOf(source);
      if (data) this.setData(source, data);
    }
    const f = this.features;
    if (f) {
      const shown = shownFilter(f);
      const filters: [string, FilterSpecification][] = [
        ['regions-fill-prefecture', ['all', ['==', ['get', 'level'], 1], shown]],
        ['regions-fill-county', ['all', ['==', ['get', 'level'], 2], shown]],
        ['regions-line', shown],
      ];
      for (const [layer, filter] of filters)
        if (this.map.getLayer(layer)) this.map.setFilter(layer, filter);
    }
  }

  private applyStates(
    previous: ReadonlyMap<RegionId, RegionActivity>,
    next: ReadonlyMap<RegionId, RegionActivity>,
  ): void {
    for (const id of previous.keys()) {
      if (!next.has(id)) this.setRegionState(id, { activity: 0, shade: 0 });
    }
    for (const [id, a] of next) this.setRegionState(id, { activity: a.activity, shade: a.shade });
  }

  private setRegionState(id: RegionId, state: Record<string, number | boolean>): void {
    for (const source of [SOURCES.provinces, SOURCES.regions]) {
      if (this.map.getSource(source)) this.map.setFeatureState({ source, id }, state);
    }
  }

  private paint(target: MapTarget, key: 'hover' | 'selected', on: boolean): void {
    if (!target) return;
    for (const source of sourcesOf(target, key)) {
      if (this.map.getSource(source))
        this.map.setFeatureState({ source, id: target.id }, { [key]: on });
    }
  }
}

function shownFilter(f: MapFeatures): ExpressionSpecification {
  return ['in', ['get', 'id'], ['literal', [...f.regions]]];
}
