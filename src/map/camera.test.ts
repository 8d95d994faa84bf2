import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  constrain,
  fitCamera,
  panBy,
  projectionFor,
  viewBounds,
  WORLD_SIZE,
  worldProjection,
  worldToScreen,
  zoomAround,
  type Camera,
} from '../mapmodel/camera';

const size = { width: 900, height: 600 };
const camera: Camera = { center: [106.5, 29.6], zoom: 5.37 };
const places: [number, number][] = [
  [105.57, 29.4], // Rongchang
  [121.47, 31.23], // Shanghai
  [102.22, 31.9], // Aba
  [113.85, 27.62], // Pingxiang
];

// MapLibre's own screen position for an unrotated, unpitched camera: Mercator units times the world size.
function mapLibreXY(cam: Camera, [lon, lat]: [number, number]): [number, number] {
  const world = WORLD_SIZE * 2 ** cam.zoom;
  const p = MercatorCoordinate.fromLngLat([lon, lat]);
  const c = MercatorCoordinate.fromLngLat([cam.center[0], cam.center[1]]);
  return [(p.x - c.x) * world + size.width / 2, (p.y - c.y) * world + size.height / 2];
}

describe('the SVG camera', () => {
  it('puts every place on the pixel MapLibre puts it', () => {
    const project = projectionFor(camera, size);
    for (const place of places) {
      const [x, y] = project(place) ?? [NaN, NaN];
      const [mx, my] = mapLibreXY(camera, place);
      expect(x).toBeCloseTo(mx, 6);
      expect(y).toBeCloseTo(my, 6);
    }
  });

  it('moves paths built once in world pixels onto the same screen pixels', () => {
    const world = worldProjection(6);
    const t = worldToScreen(camera, size, 6);
    for (const place of places) {
      const [wx, wy] = world(place) ?? [NaN, NaN];
      const [mx, my] = mapLibreXY(camera, place);
      expect(t.k * wx + t.x).toBeCloseTo(mx, 6);
      expect(t.k * wy + t.y).toBeCloseTo(my, 6);
    }
  });

  it('fits a box inside the padding, touching it on the tighter side', () => {
    const box = [
      [102, 26],
      [122, 33],
    ] as const;
    const fitted = fitCamera(box, size, 40, 7);
    const project = projectionFor(fitted, size);
    const [x0, y1] = project([box[0][0], box[0][1]]) ?? [0, 0];
    const [x1, y0] = project([box[1][0], box[1][1]]) ?? [0, 0];
    expect(x0).toBeCloseTo(40, 4);
    expect(x1).toBeCloseTo(size.width - 40, 4);
    expect(y0).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(y1).toBeLessThanOrEqual(size.height - 40 + 1e-6);
  });

  it('caps the fitted zoom and shifts the centre for uneven padding', () => {
    const tiny = [
      [105.5, 29.3],
      [105.6, 29.4],
    ] as const;
    expect(fitCamera(tiny, size, 40, 7).zoom).toBe(7);
    const even = fitCamera(tiny, size, 0, 7);
    const uneven = fitCamera(tiny, size, { top: 0, right: 0, bottom: 200, left: 0 }, 7);
    const [, yEven] = projectionFor(even, size)([105.55, 29.35]) ?? [0, 0];
    const [, yUneven] = projectionFor(uneven, size)([105.55, 29.35]) ?? [0, 0];
    expect(yEven - yUneven).toBeCloseTo(100, 3);
  });

  it('keeps the view inside the bounds, zooming in when the bounds are smaller than the view', () => {
    const limits = {
      minZoom: 2,
      maxZoom: 10,
      bounds: [
        [70, 0],
        [140, 56],
      ] as const,
    };
    const far = constrain({ center: [60, 10], zoom: 5 }, size, limits);
    const [[w, s]] = viewBounds(far, size);
    expect(w).toBeGreaterThanOrEqual(70 - 1e-6);
    expect(s).toBeGreaterThanOrEqual(-1e-6);
    const out = constrain({ center: [105, 30], zoom: 2 }, size, limits);
    const [[w2], [e2]] = viewBounds(out, size);
    expect(out.zoom).toBeGreaterThan(2);
    expect(e2 - w2).toBeCloseTo(70, 4);
  });

  it('pans by screen pixels and zooms about the pointer', () => {
    const limits = { minZoom: 2, maxZoom: 10, bounds: null };
    const moved = panBy(camera, size, 100, -50, limits);
    const [x, y] = projectionFor(moved, size)([camera.center[0], camera.center[1]]) ?? [0, 0];
    expect(x).toBeCloseTo(size.width / 2 + 100, 6);
    expect(y).toBeCloseTo(size.height / 2 - 50, 6);
    const anchor: [number, number] = [200, 150];
    const place = projectionFor(camera, size).invert?.(anchor) ?? [0, 0];
    const zoomed = zoomAround(camera, size, camera.zoom + 1, anchor, limits);
    const [ax, ay] = projectionFor(zoomed, size)(place) ?? [0, 0];
    expect(zoomed.zoom).toBeCloseTo(camera.zoom + 1, 9);
    expect(ax).toBeCloseTo(anchor[0], 6);
    expect(ay).toBeCloseTo(anchor[1], 6);
  });
});
