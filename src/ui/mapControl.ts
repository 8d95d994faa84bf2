/**
 * The page's active map controller, handed out by the app's composition root: the SVG
 * map's until MapLibre takes over (or for good without WebGL), then MapLibre's. Features
 * reach "the map" only through it, never through a renderer.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { MapController } from '../mapmodel/controller';
import type { MapFeatures } from '../mapmodel/mapFeatures';

/** Holds the active controller and tells subscribers when it changes. */
export class MapControl {
  private controller: MapController | null = null;
  private readonly listeners = new Set<() => void>();

  /** The active controller, or null while no map is drawn. */
  get(): MapController | null {
    return this.controller;
  }

  /** Called by the map view when the renderer the user handles changes. */
  set(controller: MapController | null): void {
    if (controller === this.controller) return;
    this.controller = controller;
    this.listeners.forEach((listener) => listener());
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private drawn: MapFeatures | null = null;
  private readonly drawnListeners = new Set<() => void>();

  /** What the active map draws over the geography now (the legend reads it); null before it draws. */
  readonly getDrawn = (): MapFeatures | null => this.drawn;

  /** Called by the map view when what it draws changes. */
  setDrawn(features: MapFeatures | null): void {
    if (features === this.drawn) return;
    this.drawn = features;
    this.drawnListeners.forEach((listener) => listener());
  }

  /** Calls `listener` when what the map draws changes; returns the unsubscribe function. */
  readonly subscribeDrawn = (listener: () => void): (() => void) => {
    this.drawnListeners.add(listener);
    return () => this.drawnListeners.delete(listener);
  };
}

/** The composition root's `MapControl`, provided around the app. */
export const MapControlContext = createContext<MapControl>(new MapControl());

/** The page's `MapControl` (to hand to non-React code such as exports). */
export function useMapControl(): MapControl {
  return useContext(MapControlContext);
}

/** What the active map draws, re-rendering when it changes. */
export function useDrawnFeatures(): MapFeatures | null {
  const control = useMapControl();
  return useSyncExternalStore(control.subscribeDrawn, control.getDrawn);
}

/** The active map controller, re-rendering when it changes. */
export function useMapController(): MapController | null {
  const control = useMapControl();
  return useSyncExternalStore(control.subscribe, () => control.get());
}
