import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filters';
import { selectView } from '../domain/select';
import { makeIndex } from '../testing/fixtures';
import {
  DEFAULT_LIMITS,
  fitCamera,
  projectionFor,
  viewBounds,
  type CameraLimits,
  type MapViewState,
} from './camera';
import { captureCamera, type CaptureRequest } from './capture';
import { CHINA } from './extent';
import { fittedCamera } from './fit';

const index = makeIndex();

function request(width: number, height: number): CaptureRequest {
  return {
    index,
    view: selectView(index, NO_FILTERS),
    selection: null,
    lang: 'en',
    theme: 'light',
    width,
    height,
    pixelRatio: 1,
    transparent: false,
    insets: { top: 0, right: 0, bottom: 0, left: 0 },
  };
}

describe('captureCamera', () => {
  it('keeps a slide wider than the screen’s map inside the live map’s bounds', () => {
    const extent: MapViewState['limits'] = {
      ...DEFAULT_LIMITS,
      bounds: [
        [70, 0],
        [140, 56],
      ],
    };
    const size = { width: 900, height: 560 };
    const live: MapViewState = {
      camera: fitCamera(CHINA, size, 0, 10, extent),
      size,
      limits: extent,
    };
    const slide = request(1280, 400);
    const [[w, s], [e, n]] = viewBounds(captureCamera(slide, live, CHINA), slide);
    expect(w).toBeGreaterThanOrEqual(70 - 1e-6);
    expect(e).toBeLessThanOrEqual(140 + 1e-6);
    expect(s).toBeGreaterThanOrEqual(-1e-6);
    expect(n).toBeLessThanOrEqual(56 + 1e-6);
  });

  it('shows the whole country on a 16:9 slide, clear of its title card and footer', () => {
    // The live map's limits: the box the context layers cover, as the build writes it.
    const file = 'public/data/boundaries-svg.json';
    const [w, s, e, n] = (JSON.parse(readFileSync(file, 'utf8')) as { bbox: number[] }).bbox;
    const limits: CameraLimits = {
      ...DEFAULT_LIMITS,
      bounds: [
        [w ?? NaN, s ?? NaN],
        [e ?? NaN, n ?? NaN],
      ],
    };
    const size = { width: 900, height: 578 };
    const live: MapViewState = { camera: fittedCamera(CHINA, size, limits), size, limits };
    // A 1600×900 slide: the title card takes the top 150 px, the footer the bottom 75.
    const slide = { ...request(1600, 900), insets: { top: 150, right: 36, bottom: 75, left: 36 } };
    const project = projectionFor(captureCamera(slide, live, CHINA), slide);
    for (const [lon, lat] of [
      CHINA[0],
      CHINA[1],
      [CHINA[0][0], CHINA[1][1]],
      [CHINA[1][0], CHINA[0][1]],
    ]) {
      const [x = NaN, y = NaN] = project([lon ?? NaN, lat ?? NaN]) ?? [];
      expect(x).toBeGreaterThanOrEqual(36 - 1e-6);
      expect(x).toBeLessThanOrEqual(1600 - 36 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(150 - 1e-6);
      expect(y).toBeLessThanOrEqual(900 - 75 + 1e-6);
    }
  });
});
