/**
 * An exported view as SVG and as PDF, built in Node from the shipped atlas,
 * boundaries and fonts: the SVG parses with the title, the legend and the place
 * names as text; the PDF embeds a subset of the font with a ToUnicode map, so
 * its Chinese text can be copied and searched.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../domain/atlasIndex';
import { NO_FILTERS } from '../../domain/filters';
import { AtlasCoreFileSchema } from '../../domain/compiledSchema';
import { selectView } from '../../domain/select';
import { readBoundaries } from '../../mapmodel/geography';
import { DEFAULT_LIMITS, fitCamera, type MapViewState } from '../../mapmodel/camera';
import { readSvgBoundaries } from '../../svgmap/boundaries';
import { SOUTH_CHINA_SEA_SIZE, southChinaSeaMarkup, svgMapMarkup } from '../../svgmap/toMarkup';
import { layoutOverlays, type OverlayText } from '../overlays';
import { svgToPdf } from './pdf';
import { pdfFontsFrom } from './pdfFonts';
import { svgDocument } from './svgDocument';
import { woffToSfnt } from './woff';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const index = buildIndex(AtlasCoreFileSchema.parse(read('public/data/atlas.json')));
const boundaries = readSvgBoundaries(read('public/data/boundaries-svg.json'));
const { geography } = readBoundaries(read('public/data/boundaries.json'));
const colours = {
  paper: '#ffffff',
  ink: '#1d2733',
  ink2: '#4a5666',
  accent: '#b4401d',
  line: '#dfe3e8',
};
const text: OverlayText = {
  eyebrow: '区域协作地图',
  title: '四川省 — 浙江省',
  summary: '2014–2024 · 全部行业',
  legendTitle: '图例',
  legend: [
    { kind: 'ramp', label: '合作事件数', colours: ['#e9f2ef', '#2d7365'], few: '少', many: '多' },
    { kind: 'line', label: '合作关系', colour: '#e06a2c', widths: [2, 5] },
  ],
  footer: ['来源：四川日报; "R&D <Weekly>"', '审图号 GS(2024)0650 · 数据截至 2024年6月30日'],
  insetCaption: '南海诸岛',
};

/** The map on screen showing China, as in a 1280×720 window. */
const LIVE: MapViewState = {
  camera: fitCamera(
    [
      [73.5, 18],
      [135.1, 53.6],
    ],
    { width: 900, height: 560 },
    0,
    10,
  ),
  size: { width: 900, height: 560 },
  limits: DEFAULT_LIMITS,
};

async function fonts() {
  const sfnt = (file: string) => woffToSfnt(new Uint8Array(readFileSync(`public/fonts/${file}`)));
  return pdfFontsFrom(
    await sfnt('noto-sans-sc-regular.woff'),
    await sfnt('noto-sans-sc-bold.woff'),
  );
}

async function exported(clip = false) {
  const f = await fonts();
  const layout = layoutOverlays(text, colours, f.measure, 1920, 1080, {
    ...SOUTH_CHINA_SEA_SIZE,
    frame: '#9d968b',
  });
  const map = svgMapMarkup(
    boundaries,
    {
      index,
      view: selectView(index, NO_FILTERS),
      selection: { kind: 'pair', a: 'sichuan', b: 'zhejiang' },
      lang: 'zh',
      theme: 'light',
      width: 1280,
      height: 720,
      transparent: false,
      insets: { top: 120, right: 24, bottom: 60, left: 24 },
      font: 'sans-serif',
      measure: f.labelMeasure,
    },
    LIVE,
  );
  const svg = svgDocument({
    width: 1920,
    height: 1080,
    lang: 'zh-CN',
    title: text.title,
    family: "'Noto Sans SC', sans-serif",
    paper: colours.paper,
    map: { markup: map.markup, k: 1.5, width: 1280, height: 720 },
    groups: [layout.inset, ...layout.groups],
    inset: { markup: southChinaSeaMarkup(geography, 'light'), width: SOUTH_CHINA_SEA_SIZE.width },
    clip,
  });
  return { svg, map, fonts: f };
}

/** The decompressed streams of a PDF, as Latin-1 text. */
function streams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1] ?? '', 'latin1');
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return bytes.toString('latin1');
    }
  });
}

describe('the vector export', () => {
  it(
    'is an SVG document with the title, legend, footer and place names as text',
    { timeout: 60_000 },
    async () => {
      const { svg } = await exported(true);
      const problems: string[] = [];
      const doc = new DOMParser({
        onError: (level, msg) => problems.push(`${level}: ${msg}`),
      }).parseFromString(svg, 'image/svg+xml');
      expect(problems).toEqual([]);
      const root = doc.documentElement;
      expect([root?.getAttribute('width'), root?.getAttribute('height')]).toEqual(['1920', '1080']);
      const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
      for (const s of [
        '四川省 — 浙江省',
        '图例',
        '合作事件数 · 少',
        '多',
        '来源：四川日报; "R&D <Weekly>"',
        '南海诸岛',
        '四川',
        '浙江',
      ]) {
        expect(texts).toContain(s);
      }
      const ids = Array.from(doc.getElementsByTagName('g')).map((g) => g.getAttribute('id'));
      expect(ids).toEqual(
        expect.arrayContaining([
          'atlas-map',
          'atlas-inset',
          'atlas-title',
          'atlas-legend',
          'atlas-footer',
        ]),
      );
    },
  );

  // Converting a whole map to PDF takes a few seconds on a busy machine.
  it(
    'is a PDF page of the slide’s size embedding a subset of Noto Sans SC, Chinese text mapped to Unicode',
    { timeout: 120_000 },
    async () => {
      const { svg, fonts } = await exported();
      const pdf = Buffer.from(
        await (
          await svgToPdf(svg, 1920, 1080, fonts, { title: text.title, subject: '', lang: 'zh-CN' })
        ).arrayBuffer(),
      );
      const raw = pdf.toString('latin1');
      expect(raw.startsWith('%PDF-')).toBe(true);
      expect(raw).toMatch(/\/MediaBox \[0 0 1440 810\]/);
      // Both weights, each a subset ("ABCDEF+" names) of a few dozen glyphs, not the 2.4 MB fonts
      // (the rest of the file is mostly the geography's paths, the neighbours' out to 40–170°E).
      const names = [...raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]);
      expect(new Set(names.map((n) => n?.replace(/^\w+\+/, '')))).toEqual(
        new Set(['NotoSansSCThin-Regular', 'NotoSansSCThin-Bold']),
      );
      expect(pdf.length).toBeLessThan(500_000);
      const cmaps = streams(pdf).filter((s) => s.includes('begincmap'));
      const mapped = cmaps.join('\n');
      for (const c of '四川省浙江南海诸岛图例') {
        expect(mapped, c).toContain(`<${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}>`);
      }
    },
  );
});
