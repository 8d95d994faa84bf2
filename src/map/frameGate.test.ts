/**
 * MapLibre's repaints wait while a source is updating or a tile in view is
 * loading, and go through as soon as the data is complete, while the camera
 * moves, or after the longest hold.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdFramesWhileLoading, MAX_HOLD_MS, type GatedMap } from './frameGate';

/** A map whose sources and tiles the test sets; counts the frames MapLibre would draw. */
function fakeMap() {
  const state = { sourceLoaded: true, tilesLoaded: true, moving: false, frames: 0 };
  const map: GatedMap = {
    triggerRepaint: () => void state.frames++,
    isMoving: () => state.moving,
    areTilesLoaded: () => state.tilesLoaded,
    style: { tileManagers: { links: { getSource: () => ({ loaded: () => state.sourceLoaded }) } } },
  };
  holdFramesWhileLoading(map);
  return { map, state };
}

describe('holdFramesWhileLoading', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('draws at once when the data is complete', () => {
    const { map, state } = fakeMap();
    map.triggerRepaint();
    expect(state.frames).toBe(1);
  });

  it('holds repaints while a tile loads and draws when it arrives', () => {
    const { map, state } = fakeMap();
    state.tilesLoaded = false;
    map.triggerRepaint();
    map.triggerRepaint();
    expect(state.frames).toBe(0);
    state.tilesLoaded = true;
    map.triggerRepaint(); // MapLibre asks again when the tile arrives
    expect(state.frames).toBe(1);
  });

  it('holds repaints while a source turns new data into tiles', () => {
    const { map, state } = fakeMap();
    state.sourceLoaded = false;
    map.triggerRepaint();
    expect(state.frames).toBe(0);
    state.sourceLoaded = true;
    map.triggerRepaint();
    expect(state.frames).toBe(1);
  });

  it('never holds a moving camera', () => {
    const { map, state } = fakeMap();
    state.tilesLoaded = false;
    state.moving = true;
    map.triggerRepaint();
    expect(state.frames).toBe(1);
  });

  it('draws a held repaint once nothing has arrived for the longest hold, and only once', () => {
    const { map, state } = fakeMap();
    state.tilesLoaded = false;
    map.triggerRepaint();
    vi.advanceTimersByTime(MAX_HOLD_MS - 1);
    map.triggerRepaint(); // something arrived: the wait starts again
    vi.advanceTimersByTime(MAX_HOLD_MS - 1);
    expect(state.frames).toBe(0);
    vi.advanceTimersByTime(1);
    expect(state.frames).toBe(1);
    vi.advanceTimersByTime(MAX_HOLD_MS * 3);
    expect(state.frames).toBe(1);
  });

  it('does not draw again after the hold when the data completed first', () => {
    const { map, state } = fakeMap();
    state.tilesLoaded = false;
    map.triggerRepaint();
    state.tilesLoaded = true;
    map.triggerRepaint();
    vi.advanceTimersByTime(MAX_HOLD_MS * 2);
    expect(state.frames).toBe(1);
  });
});
