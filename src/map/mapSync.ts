/**
 * Keeps a MapLibre map in step with the app, imperatively (react-map-gl's
 * `source.ts`/`layer.ts` pattern). MapLibre draws the geography: its sources and layers
 * are installed once per style (again after `style.load`), `setData` runs only when a
 * data reference changes, and the regions' activity and hover are `feature-state`. The
 * flows, place markers, labels and the hovered and selected regions' outlines are drawn
 * over it by `WebglOverlay`.
 */
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import type { RegionActivity } from '../domain/mapFeatures';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import type { RegionId } from '../domain/schema';
import { sameTarget, type MapTarget } from '../mapmodel/targets';
import type { Geography } from '../mapmodel/geography';
import { geographyLayers } from '../mapmodel/style/layers';
import { MAP_SOURCES, SOURCES } from '../mapmodel/style/sources';

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

/** The polygons whose fill shows hover (a selected region is marked by its outline). */
const REGION_SOURCES = [SOURCES.provinces, SOURCES.regions] as const;

/** One map's synchroniser. Create it with the map; call its setters whenever the app changes. */
export class MapSync {
  private readonly sent = new Map<string, unknown>();
  private styleLoaded = false;
  private geography: Geography | null = null;
  private features: MapFeatures | null = null;
  private activity: ReadonlyMap<RegionId, RegionActivity> = new Map();
  private hover: MapTarget = null;

  constructor(private readonly map: MapLibreMap) {}

  /**
   * Called once the style is loaded (and again after a new style): adds whatever source or
   * layer the style lacks, then re-applies all state. Waits until the boundaries and the
   * atlas features are both known, so every source is created with its data and the regions
   * are shaded in the first frame MapLibre draws.
   */
  install(): void {
    this.styleLoaded = true;
    const map = this.map;
    if (!this.geography || !this.features) return;
    let fresh = false;
    for (const [id, spec] of Object.entries(MAP_SOURCES)) {
      if (!map.getSource(id)) {
        const data = this.dataOf(id);
        map.addSource(id, data ? { ...spec, data } : spec);
        if (!fresh) this.sent.clear();
        fresh = true;
        if (data) this.sent.set(id, data);
      }
    }
    for (const layer of geographyLayers()) if (!map.getLayer(layer.id)) map.addLayer(layer);
    this.flush();
    this.applyStates(new Map(), this.activity);
    this.paintHover(this.hover, true);
  }

  /** Installs the sources and layers the first time both the style and the data are there. */
  private installWhenReady(): void {
    if (this.styleLoaded && !this.map.getSource(SOURCES.regions)) this.install();
  }

  /** The boundaries, once loaded. */
  setGeography(geography: Geography): void {
    this.geography = geography;
    this.installWhenReady();
    this.flush();
  }

  /** The atlas features of the current view (the regions shown and their activity). */
  setFeatures(features: MapFeatures): void {
    if (features === this.features) return;
    const previous = this.activity;
    this.features = features;
    this.activity = features.activity;
    this.installWhenReady();
    this.flush();
    this.applyStates(previous, features.activity);
  }

  /** True once the regions of the atlas's view are on the map's sources. */
  hasAtlasData(): boolean {
    return this.features !== null && this.map.getSource(SOURCES.regions) !== undefined;
  }

  /** Marks what the pointer is over. */
  setHover(target: MapTarget): void {
    if (sameTarget(target, this.hover)) return;
    const previous = this.hover;
    this.hover = target;
    this.paintHover(previous, false);
    this.paintHover(target, true);
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
    const boundaries = GEOGRAPHY_SOURCES.get(source);
    return boundaries ? (this.geography?.[boundaries] ?? null) : null;
  }

  private flush(): void {
    for (const source of Object.keys(MAP_SOURCES)) {
      const data = this.dataOf(source);
      if (data) this.setData(source, data);
    }
    const f = this.features;
    if (f) {
      const shown: FilterSpecification = ['in', ['get', 'id'], ['literal', [...f.regions]]];
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
    for (const source of REGION_SOURCES) {
      if (this.map.getSource(source)) this.map.setFeatureState({ source, id }, state);
    }
  }

  private paintHover(target: MapTarget, on: boolean): void {
    if (target?.kind === 'region') this.setRegionState(target.id, { hover: on });
  }
}
