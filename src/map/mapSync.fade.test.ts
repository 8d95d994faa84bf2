/**
 * MapSync during play, on a recording stand-in for the MapLibre map: what enters
 * fades in, what leaves stays drawn while it fades out and then goes, and a
 * faded-out feature is drawn again in full when it comes back.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import { MapSync } from './mapSync';
import { SOURCES } from '../mapmodel/style/sources';

type Id = string | number;

function fakeMap() {
  const data = new Map<string, { features: { id?: Id }[] }>();
  const state = new Map<string, Record<string, unknown>>();
  const key = (source: string, id: Id) => `${source}/${id}`;
  const tiles = { loaded: true };
  const map = {
    getSource: (id: string) => ({ setData: (d: { features: { id?: Id }[] }) => data.set(id, d) }),
    isSourceLoaded: () => tiles.loaded,
    getLayer: () => undefined,
    setFilter: () => undefined,
    setFeatureState: ({ source, id }: { source: string; id: Id }, s: Record<string, unknown>) =>
      state.set(key(source, id), { ...state.get(key(source, id)), ...s }),
    removeFeatureState: ({ source, id }: { source: string; id: Id }, k: string) =>
      state.set(
        key(source, id),
        Object.fromEntries(
          Object.entries(state.get(key(source, id)) ?? {}).filter(([n]) => n !== k),
        ),
      ),
  };
  return {
    map: map as unknown as MapLibreMap,
    drawn: (source: string) => (data.get(source)?.features ?? []).map((f) => f.id),
    fade: (source: string, id: Id) => state.get(key(source, id))?.fade,
    tiles,
  };
}

function view(links: string[]): MapFeatures {
  const line = (key: string) => ({
    type: 'Feature' as const,
    id: key,
    properties: { key, count: 1, weight: 1, links: 1, directed: 0 as const, merged: 0 as const },
    geometry: { type: 'LineString' as const, coordinates: [] },
  });
  return {
    arcs: { type: 'FeatureCollection', features: links.map(line) },
    arrows: { type: 'FeatureCollection', features: [] },
    points: { type: 'FeatureCollection', features: [] },
    provinceLabels: { type: 'FeatureCollection', features: [] },
    activity: new Map(),
    bounds: null,
    weaker: { flows: 0, links: 0 },
    regions: [],
  };
}

describe('MapSync fading links during play', () => {
  let now = 0;
  let frames: FrameRequestCallback[] = [];
  const frame = (ms: number) => {
    now += ms;
    const run = frames;
    frames = [];
    run.forEach((f) => f(now));
  };

  beforeEach(() => {
    now = 0;
    frames = [];
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('fades the new link in and the old one out, then drops the old one', () => {
    const { map, drawn, fade } = fakeMap();
    const sync = new MapSync(map, 'zh');
    sync.setFeatures(view(['a~b', 'b~c']));
    sync.setFadeDuration(500);
    sync.setFeatures(view(['b~c', 'c~d']));

    expect(drawn(SOURCES.arcs)).toEqual(['b~c', 'c~d', 'a~b']);
    expect(fade(SOURCES.arcs, 'c~d')).toBe(0);
    expect(fade(SOURCES.arcs, 'a~b')).toBe(1);
    expect(fade(SOURCES.arcs, 'b~c')).toBeUndefined();

    frame(250);
    expect(fade(SOURCES.arcs, 'c~d')).toBeCloseTo(0.5);
    expect(fade(SOURCES.arcs, 'a~b')).toBeCloseTo(0.5);

    frame(300);
    expect(drawn(SOURCES.arcs)).toEqual(['b~c', 'c~d']);
    expect(fade(SOURCES.arcs, 'c~d')).toBeUndefined();
    expect(fade(SOURCES.arcs, 'a~b')).toBe(0);
  });

  it('starts the fade when the new links are tiled, not when they are sent', () => {
    const { map, fade, tiles } = fakeMap();
    const sync = new MapSync(map, 'zh');
    sync.setFeatures(view(['a~b']));
    sync.setFadeDuration(500);
    tiles.loaded = false;
    sync.setFeatures(view(['c~d']));
    frame(300);
    expect(fade(SOURCES.arcs, 'c~d')).toBe(0);
    expect(fade(SOURCES.arcs, 'a~b')).toBe(1);
    tiles.loaded = true; // the clock starts from the last frame that still waited
    frame(250);
    expect(fade(SOURCES.arcs, 'c~d')).toBeCloseTo(0.5);
    expect(fade(SOURCES.arcs, 'a~b')).toBeCloseTo(0.5);
  });

  it('draws a link that comes back after fading out in full, with or without play', () => {
    const { map, fade } = fakeMap();
    const sync = new MapSync(map, 'zh');
    sync.setFeatures(view(['a~b']));
    sync.setFadeDuration(500);
    sync.setFeatures(view([]));
    frame(600);
    expect(fade(SOURCES.arcs, 'a~b')).toBe(0);
    sync.setFadeDuration(0);
    sync.setFeatures(view(['a~b']));
    expect(fade(SOURCES.arcs, 'a~b')).toBeUndefined();
  });

  it('switches at once when not playing', () => {
    const { map, drawn } = fakeMap();
    const sync = new MapSync(map, 'zh');
    sync.setFeatures(view(['a~b']));
    sync.setFeatures(view(['c~d']));
    expect(drawn(SOURCES.arcs)).toEqual(['c~d']);
    expect(frames).toHaveLength(0);
  });
});
