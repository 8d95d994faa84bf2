import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { AtlasCoreFileSchema } from '../../domain/compiledSchema';
import { MESSAGES, type MessageKey } from '../../i18n/messages';
import { PDF_FONT_FILES, pdfFontsFrom } from './pdfFonts';
import { woffToSfnt } from './woff';

/** The messages an exported image writes (see `export/scene.ts` and `ui/legend.ts`). */
const EXPORT_KEYS = [
  'appTitle',
  'appSubtitle',
  'linkBetween',
  'flowEndDeep',
  'allSectors',
  'legendTitle',
  'legendActivity',
  'legendFew',
  'legendMany',
  'legendLink',
  'legendDirected',
  'legendPlace',
  'exportSources',
  'attribution',
  'dataAsOf',
  'southChinaSeaInset',
] as const satisfies readonly MessageKey[];

function bytes(path: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(`public/${path}`));
}

function font(data: Uint8Array): Font {
  const f = create(data);
  if ('fonts' in f) throw new Error('a collection');
  return f;
}

describe('the PDF fonts', () => {
  it('are the pinned Noto Sans SC files of @fontsource/noto-sans-sc, unchanged', () => {
    const pkg = 'node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified';
    const same = (ours: string, theirs: string) =>
      readFileSync(`public/${ours}`).equals(readFileSync(`${pkg}-${theirs}-normal.woff`));
    expect(same(PDF_FONT_FILES.regular, '400')).toBe(true);
    expect(same(PDF_FONT_FILES.bold, '700')).toBe(true);
  });

  it('convert from WOFF to sfnt that fontkit reads as the same font, glyph for glyph', async () => {
    const woff = bytes(PDF_FONT_FILES.regular);
    const sfnt = await woffToSfnt(woff);
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000); // TrueType outlines
    const [a, b] = [font(woff), font(sfnt)];
    expect(b.numGlyphs).toBe(a.numGlyphs);
    expect(b.unitsPerEm).toBe(a.unitsPerEm);
    // fontkit inflates WOFF's glyph table again for every glyph it reads: a short sample.
    const [runA, runB] = [a.layout('荣R'), b.layout('荣R')];
    expect(runB.advanceWidth).toBe(runA.advanceWidth);
    expect(runB.glyphs.map((g) => g.path.toSVG())).toEqual(runA.glyphs.map((g) => g.path.toSVG()));
  });

  it('refuse what is not WOFF, saying so', async () => {
    await expect(woffToSfnt(bytes('fonts/atlas-labels.woff2'))).rejects.toThrow(
      'not a WOFF 1.0 font',
    );
    const cut = bytes(PDF_FONT_FILES.regular).slice(0, 5000);
    await expect(woffToSfnt(cut)).rejects.toThrow(/cut short/);
  });

  it('draw every character an export of the atlas writes, in both languages', async () => {
    const regular = font(await woffToSfnt(bytes(PDF_FONT_FILES.regular)));
    const bold = font(await woffToSfnt(bytes(PDF_FONT_FILES.bold)));
    const atlas = AtlasCoreFileSchema.parse(
      JSON.parse(readFileSync('public/data/atlas.json', 'utf8')),
    );
    const texts = (['zh', 'en'] as const).flatMap((lang) => [
      ...EXPORT_KEYS.map((key) => MESSAGES[lang][key]),
      ...atlas.regions.flatMap((r) => [r.name[lang], ...r.shortNames]),
      ...atlas.sectors.map((s) => s.name[lang]),
      ...atlas.articles.map((a) => a.source[lang]),
      'January February March April May June July August September October November December',
      '0123456789–·、；; ,年月日…',
    ]);
    const chars = [...new Set([...texts.join('')])].filter((c) => c.trim() !== '');
    const missing = chars.filter((c) => {
      const code = c.codePointAt(0) ?? 0;
      return !regular.hasGlyphForCodePoint(code) || !bold.hasGlyphForCodePoint(code);
    });
    expect(missing).toEqual([]);
  });

  it('name the characters they cannot draw, once each, and measure in their own metrics', async () => {
    const regular = await woffToSfnt(bytes(PDF_FONT_FILES.regular));
    const fonts = pdfFontsFrom(regular, null);
    expect(fonts.missing(['荣昌区 → 𠀀', 'Aba →'])).toEqual(['→', '𠀀']);
    // CJK glyphs are one em wide; bold without a bold file is the regular's width.
    expect(fonts.measure('荣昌区', 20, 400)).toBeCloseTo(60);
    expect(fonts.measure('荣昌区', 20, 700)).toBeCloseTo(60);
    expect(fonts.labelMeasure('荣昌区', 20, 0.1)).toBeCloseTo(66);
  });
});
