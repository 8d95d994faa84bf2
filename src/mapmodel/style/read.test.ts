import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../domain/atlasIndex';
import { NO_FILTERS } from '../../domain/filters';
import { mapFeaturesFor } from '../features';
import type { Atlas } from '../../domain/schema';
import { selectView } from '../../domain/select';
import { PALETTE } from '../palette';
import { DARK_PALETTE } from '../theme';
import { makeArticle, makeEvent, REGIONS } from '../../testing/fixtures';
import { projectionFor } from '../camera';
import { geoPaint, polygonFill, polygonOutline } from '../../svgmap/geoPaint';
import { estimateWidth } from '../labels';
import { buildOverlay } from '../overlay';
import { ctxOf, svgStyle } from './read';
import { compile, cssColour, propertySpec } from './evaluate';

const POINTS: Record<string, [number, number]> = {
  sichuan: [102.7, 30.6],
  aba: [102.2, 31.9],
  zhejiang: [120.1, 29.2],
  chongqing: [107.9, 30.1],
  rongchang: [105.6, 29.4],
  jiangxi: [115.7, 27.6],
  hunan: [111.7, 27.6],
};

const size = { width: 960, height: 600 };

function features() {
  const atlas: Atlas = {
    dataDate: '2024-05-17',
    regions: REGIONS.map((r) => ({ ...r, point: POINTS[r.id] ?? r.point })),
    sectors: [{ id: 'tourism', name: { zh: '旅游', en: 'Tourism' } }],
    articles: [makeArticle()],
    events: [
      makeEvent({ id: 'e1', parties: ['sichuan', 'zhejiang'] }),
      makeEvent({ id: 'e2', parties: ['zhejiang', 'aba'] }),
      makeEvent({ id: 'e3', parties: ['zhejiang', 'aba'] }),
      makeEvent({ id: 'e4', parties: ['chongqing', 'rongchang', 'sichuan'] }),
    ],
    figures: [],
  };
  const index = buildIndex(atlas);
  const view = selectView(index, NO_FILTERS);
  // Zoomed in on Chongqing and Sichuan, where every place of the fixture is drawn apart.
  return mapFeaturesFor(index, view, null, { center: [106, 30.2], zoom: 6.6 }, size).features;
}

describe('the SVG map style, read from the WebGL layer specs', () => {
  const light = svgStyle('zh', 'light');

  it('evaluates the MapLibre expressions it relies on', () => {
    // Width by the flow's share of the busiest drawn flow: 1.4 px up to 8 px.
    expect(light.number('arcs-line', 'line-width', ctxOf(6, { weight: 0 }))).toBeCloseTo(1.4);
    expect(light.number('arcs-line', 'line-width', ctxOf(6, { weight: 1 }))).toBeCloseTo(8);
    // `scaledByZoom(…, 0.75)`: three quarters at zoom 3 and below.
    expect(light.number('arcs-line', 'line-width', ctxOf(3, { weight: 0 }))).toBeCloseTo(1.05);
    expect(
      light.number('arcs-line', 'line-width', ctxOf(6, { weight: 0 }, { selected: true })),
    ).toBeCloseTo(2.9);
    expect(light.string('arcs-line', 'line-color', ctxOf(5, {}, { hover: true }))).toBe(
      PALETTE.arcStrong,
    );
    expect(light.number('rivers-line', 'line-width', ctxOf(5))).toBeCloseTo(0.9);
    expect(light.number('arcs-casing', 'line-opacity', ctxOf(5))).toBeCloseTo(0.5);
  });

  it('shades provinces and regions with the same ramps', () => {
    const idle = { hover: false, selected: false };
    expect(polygonFill(light, 5, 0, undefined, idle).colour).toBe(PALETTE.land);
    expect(polygonFill(light, 5, 0, { activity: 9, shade: 1 }, idle).colour).toBe(
      PALETTE.provinceActivity[4],
    );
    expect(polygonFill(light, 5, 0, { activity: 3, shade: 0.3 }, idle).colour).toBe(
      PALETTE.provinceActivity[2],
    );
    expect(polygonFill(light, 5, 2, { activity: 1, shade: 0.1 }, idle)).toEqual({
      colour: PALETTE.regionActivity[1],
      opacity: 0.95,
    });
    expect(polygonOutline(light, 5, 2, idle)).toBeNull();
    expect(polygonOutline(light, 5, 2, { hover: false, selected: true })?.line.colour).toBe(
      PALETTE.selected,
    );
  });

  it('interpolates colours channel by channel', () => {
    const ramp = compile(
      ['interpolate', ['linear'], ['zoom'], 0, '#000000', 10, '#ffffff'],
      propertySpec('line', 'line-color'),
    );
    expect(cssColour(ramp({ zoom: 5, properties: {}, state: {} }))).toBe('#808080');
    expect(cssColour(ramp({ zoom: 0, properties: {}, state: {} }))).toBe('#000000');
  });

  it('swaps every colour for the dark theme as the WebGL map does', () => {
    const dark = svgStyle('en', 'dark');
    const paint = geoPaint(dark, 5);
    expect(paint.sea).toBe(DARK_PALETTE.sea);
    expect(paint.countryOutline.colour).toBe(DARK_PALETTE.countryLine);
    expect(paint.boundaryLine.dash).toBe('5 2.5');
  });

  it('builds the overlay from the map features in both languages and themes without an unknown operator', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        const overlay = buildOverlay({
          features: features(),
          camera: { center: [110, 30], zoom: 4.6 },
          size,
          style: svgStyle(lang, theme),
          selected: { kind: 'region', id: 'rongchang' },
          hovered: { kind: 'link', id: 'aba~zhejiang' },
          measure: estimateWidth,
        });
        expect(overlay.arcs.length).toBeGreaterThan(0);
        expect(overlay.labels.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('the overlay', () => {
  const overlay = buildOverlay({
    features: features(),
    camera: { center: [110, 30], zoom: 4.6 },
    size,
    style: svgStyle('zh', 'light'),
    selected: null,
    hovered: null,
    measure: estimateWidth,
  });

  it('draws markers where the camera projects the regions', () => {
    const project = projectionFor({ center: [110, 30], zoom: 4.6 }, size);
    const rongchang = overlay.markers.find((m) => m.id === 'rongchang');
    const [x, y] = project(POINTS.rongchang ?? [0, 0]) ?? [0, 0];
    expect(rongchang?.x).toBeCloseTo(x, 0);
    expect(rongchang?.y).toBeCloseTo(y, 0);
    expect(rongchang?.radius).toBeGreaterThan(0);
    expect(overlay.markers.find((m) => m.id === 'sichuan')?.radius).toBe(0);
  });

  it('draws busier links on top and one arrowhead per directed link', () => {
    const counts = overlay.arcs.map((a) => a.count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(overlay.arcs.at(-1)?.key).toBe('aba~zhejiang');
    expect(overlay.arcs.at(-1)?.width).toBeGreaterThan(overlay.arcs[0]?.width ?? 0);
  });

  it('places labels without overlaps', () => {
    const boxes = overlay.labels.map((l) => l.box);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
        expect(apart).toBe(true);
      }
    }
  });

  it("places the selected region's label even where a busier neighbour's would win", () => {
    const at = (zoom: number, selected: string | null) =>
      buildOverlay({
        features: features(),
        camera: { center: [110, 30], zoom },
        size,
        style: svgStyle('zh', 'light'),
        selected: selected ? { kind: 'region', id: selected } : null,
        hovered: null,
        measure: estimateWidth,
      });
    const placed = (o: ReturnType<typeof at>) => new Set(o.labels.map((l) => l.id));
    // Zoomed out, the regions crowd each other and some labels lose their place.
    const zoom = 2;
    const crowded = at(zoom, null);
    const dropped = crowded.markers.map((m) => m.id).filter((id) => !placed(crowded).has(id));
    expect(dropped.length).toBeGreaterThan(0);
    for (const id of dropped) expect(placed(at(zoom, id)).has(id)).toBe(true);
  });
});
