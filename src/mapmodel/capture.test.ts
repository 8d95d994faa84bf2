import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filters';
import { selectView } from '../domain/select';
import { makeIndex } from '../testing/fixtures';
import { DEFAULT_LIMITS, fitCamera, viewBounds, type MapViewState } from './camera';
import { captureCamera, type CaptureRequest } from './capture';
import { CHINA } from './extent';

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
});
