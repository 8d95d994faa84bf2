/**
 * `window.atlas.screenPoint` answers a point a real click selects: the marker when it is
 * free, else the nearest spot of the polygon where the point and its neighbours all pick.
 */
import { describe, expect, it } from 'vitest';
import type { MapTarget } from './targets';
import { searchScreenPoint, type ScreenSearch } from './screenPoint';

// A region filling x 100–200, y 100–200; another place's marker covers 140–160 around its middle.
const pick = (x: number, y: number): MapTarget => {
  if (Math.hypot(x - 150, y - 150) <= 10) return { kind: 'region', id: 'covering' };
  return x >= 100 && x <= 200 && y >= 100 && y <= 200 ? { kind: 'region', id: 'zigong' } : null;
};

const search = (over: Partial<ScreenSearch> = {}): ScreenSearch => ({
  pick,
  tries: [[150, 150]],
  polygon: { box: [100, 100, 200, 200], from: [150, 150] },
  map: [0, 0, 400, 300],
  ...over,
});

describe('searchScreenPoint', () => {
  it('answers a free marker at once', () => {
    expect(searchScreenPoint('zigong', search({ tries: [[120.4, 130.6]] }))).toEqual({
      x: 120,
      y: 131,
    });
  });

  it('searches the polygon from the anchor outwards when the marker is covered', () => {
    const at = searchScreenPoint('zigong', search());
    expect(at).not.toBeNull();
    const { x, y } = at ?? { x: 0, y: 0 };
    // Clear of the covering marker with its one-pixel neighbours, and as near as the grid allows.
    expect(Math.hypot(x - 150, y - 150)).toBeGreaterThan(11);
    expect(Math.hypot(x - 150, y - 150)).toBeLessThan(11 + 6 * Math.SQRT2);
    for (const [dx, dy] of [
      [0, 0],
      [-1, -1],
      [1, 1],
    ] as const)
      expect(pick(x + dx, y + dy)).toEqual({ kind: 'region', id: 'zigong' });
  });

  it('answers nothing off the map or where the region is not drawn', () => {
    expect(searchScreenPoint('zigong', search({ map: [0, 0, 90, 90] }))).toBeNull();
    expect(searchScreenPoint('aba', search())).toBeNull();
  });
});
