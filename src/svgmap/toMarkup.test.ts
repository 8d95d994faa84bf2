/**
 * The vector export's map is the SVG map's own drawing rendered to markup: it
 * parses as XML, names its places in real text, and is drawn for a file.
 */
import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../domain/atlasIndex';
import { NO_FILTERS } from '../domain/filters';
import type { LonLatBounds } from '../domain/mapFeatures';
import { DEFAULT_LIMITS, fitCamera, type MapViewState } from '../mapmodel/camera';
import { AtlasCoreFileSchema } from '../domain/compiledSchema';
import { selectView } from '../domain/select';
import { readBoundaries } from '../mapmodel/geography';
import { DARK_PALETTE } from '../mapmodel/theme';
import { PALETTE } from '../mapmodel/palette';
import { readSvgBoundaries } from './boundaries';
import { estimateWidth } from '../mapmodel/labels';
import { southChinaSeaMarkup, svgMapMarkup, type SvgMarkupRequest } from './toMarkup';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const index = buildIndex(AtlasCoreFileSchema.parse(read('public/data/atlas.json')));
const boundaries = readSvgBoundaries(read('public/data/boundaries-svg.json'));
const { geography } = readBoundaries(read('public/data/boundaries.json'));

const CHINA: LonLatBounds = [
  [73.5, 18],
  [135.1, 53.6],
];

/** The map on screen (900×560, as in a 1280×720 window) showing `bounds`. */
function onScreen(bounds: LonLatBounds): MapViewState {
  const size = { width: 900, height: 560 };
  return { camera: fitCamera(bounds, size, 0, 10), size, limits: DEFAULT_LIMITS };
}

function request(over: Partial<SvgMarkupRequest> = {}): SvgMarkupRequest {
  return {
    index,
    view: selectView(index, NO_FILTERS),
    selection: null,
    lang: 'zh',
    theme: 'light',
    width: 1280,
    height: 720,
    transparent: false,
    insets: { top: 120, right: 24, bottom: 60, left: 24 },
    font: "'Noto Sans SC', sans-serif",
    measure: estimateWidth,
    ...over,
  };
}

/** Parses `markup` as XML inside an SVG root, failing on any error or warning. */
function parse(markup: string) {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`),
  }).parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
  expect(problems).toEqual([]);
  return doc;
}

function all(doc: ReturnType<typeof parse>, tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag));
}

describe('svgMapMarkup', () => {
  it('draws the view as SVG with the place names as text, in the language', () => {
    for (const [lang, name] of [
      ['zh', '重庆'],
      ['en', 'Chongqing'],
    ] as const) {
      const map = svgMapMarkup(boundaries, request({ lang }), onScreen(CHINA));
      const doc = parse(map.markup);
      const texts = all(doc, 'text').map((t) => t.textContent);
      expect(texts).toContain(name);
      expect(map.labels).toContain(name);
      expect(all(doc, 'path').length).toBeGreaterThan(40);
      // China at national zoom: the South China Sea islands are off the view, in the inset.
      expect(map.needsInset).toBe(true);
    }
    const chongqing = index.regionById.get('chongqing')?.point ?? [0, 0];
    const close = svgMapMarkup(boundaries, request(), onScreen([chongqing, chongqing]));
    expect(close.needsInset).toBe(false);
  });

  it('leaves out the boundaries wholly beyond the map: a close view carries only its part of the country', () => {
    const provinces = (markup: string) =>
      all(parse(markup), 'g')
        .filter((g) => g.getAttribute('class') === 'svgmap__provinces')
        .flatMap((g) => Array.from(g.getElementsByTagName('path')));
    const national = svgMapMarkup(boundaries, request(), onScreen(CHINA)).markup;
    const sichuan = boundaries.bounds.get('sichuan') ?? CHINA;
    const close = svgMapMarkup(boundaries, request(), onScreen(sichuan)).markup;
    expect(provinces(national)).toHaveLength(boundaries.shapes.provinces.length);
    // Sichuan and the provinces around it on a 16:9 page (18), not Heilongjiang or Hainan.
    expect(provinces(close).length).toBeGreaterThan(8);
    expect(provinces(close).length).toBeLessThan(boundaries.shapes.provinces.length - 8);
    expect(close.length).toBeLessThan(national.length * 0.7);
  });

  it('is drawn for a file: no vector-effect or baseline tricks, no hit areas or roles, halos under the labels', () => {
    const map = svgMapMarkup(
      boundaries,
      request({ selection: { kind: 'region', id: 'rongchang' } }),
      null,
    );
    expect(map.markup).not.toMatch(
      /vector-effect|paint-order|dominant-baseline|transparent|role=|tabindex/,
    );
    const doc = parse(map.markup);
    const label = all(doc, 'text').filter((t) => t.textContent === '荣昌区');
    expect(label.map((t) => [t.getAttribute('fill'), t.getAttribute('stroke')])).toEqual([
      ['none', expect.any(String)],
      [expect.stringMatching(/^#/), null],
    ]);
    // Strokes are in the geography's path units: far thinner than a pixel at this zoom.
    const group = doc.getElementsByTagName('g')[1];
    const k = Number(/matrix\(([\d.]+)/.exec(group?.getAttribute('transform') ?? '')?.[1]);
    const widths = Array.from(group?.getElementsByTagName('path') ?? [])
      .map((p) => Number(p.getAttribute('stroke-width')))
      .filter((w) => w > 0);
    expect(k).toBeLessThan(1);
    expect(Math.max(...widths) * k).toBeLessThan(6);
  });

  it('places no label under what the export covers (its cards), and the rest as before', () => {
    // The left half below the middle: where an export's legend card sits, and then some.
    const card = [0, 360, 640, 720] as const;
    const under = (doc: ReturnType<typeof parse>) =>
      all(doc, 'text').filter((t) => {
        const x = Number(t.getAttribute('x'));
        const y = Number(t.getAttribute('y'));
        return x >= card[0] && x <= card[2] && y >= card[1] && y <= card[3];
      });
    const open = parse(svgMapMarkup(boundaries, request(), onScreen(CHINA)).markup);
    expect(under(open).length).toBeGreaterThan(0);
    const covered = parse(
      svgMapMarkup(boundaries, request({ covered: [card] }), onScreen(CHINA)).markup,
    );
    expect(under(covered)).toEqual([]);
    // Labels elsewhere stay: 浙江 is on the right half.
    expect(all(covered, 'text').map((t) => t.textContent)).toContain('浙江');
  });

  it('leaves out the sea on a transparent export', () => {
    const sea = (transparent: boolean) =>
      parse(svgMapMarkup(boundaries, request({ transparent }), null).markup)
        .getElementsByTagName('g')[0]
        ?.getElementsByTagName('rect').length;
    expect(sea(false)).toBe(1);
    expect(sea(true)).toBe(0);
  });

  it('draws the South China Sea inset as a standalone SVG in the theme’s colours', () => {
    const sea = (theme: 'light' | 'dark') =>
      new DOMParser()
        .parseFromString(southChinaSeaMarkup(geography, theme), 'image/svg+xml')
        .getElementsByTagName('rect')[0]
        ?.getAttribute('fill');
    expect([sea('light'), sea('dark')]).toEqual([PALETTE.sea, DARK_PALETTE.sea]);
    const doc = new DOMParser().parseFromString(
      southChinaSeaMarkup(geography, 'dark'),
      'image/svg+xml',
    );
    expect(doc.documentElement?.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.documentElement?.getAttribute('viewBox')).toBe('0 0 120 170');
    expect(doc.getElementsByTagName('path').length).toBeGreaterThan(5);
  });
});
