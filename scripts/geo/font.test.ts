import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_CHARACTERS, labelCharacters, missingGlyphs, subsetLabelFont } from './font';
import { region } from './fixtures';
import { FONT_SOURCE } from './sources';

const regions = [
  region({
    id: 'chongqing',
    code: '500000',
    name: { zh: '重庆市', en: 'Chongqing' },
    shortNames: ['重庆', '渝'],
  }),
  region({
    id: 'xizang',
    code: '540000',
    name: { zh: '西藏自治区', en: 'Tibet (Xizang)' },
    shortNames: ['藏'],
  }),
];

describe('labelCharacters', () => {
  it('holds every character of every name and short name once, in code-point order', () => {
    const chars = labelCharacters(regions);
    for (const c of '重庆市渝西藏自治区') expect(chars).toContain(c);
    for (const c of BASE_CHARACTERS) expect(chars).toContain(c);
    expect(new Set(chars).size).toBe(chars.length);
    expect([...chars].map((c) => c.codePointAt(0) ?? 0)).toEqual(
      [...chars].map((c) => c.codePointAt(0) ?? 0).sort((a, b) => a - b),
    );
  });
});

describe('missingGlyphs', () => {
  it('names the region and field whose characters the font lacks', () => {
    const covered = new Set([...labelCharacters(regions)].map((c) => c.codePointAt(0) ?? 0));
    covered.delete('渝'.codePointAt(0) ?? 0);
    expect(missingGlyphs(regions, covered)).toEqual([
      'data/regions.yaml: region "chongqing", field shortNames.1: the label font has no glyph for 渝',
    ]);
  });
});

describe('subsetLabelFont', () => {
  it('cuts a WOFF2 from Noto Sans SC that maps exactly the requested characters', async () => {
    const { woff2, covered } = await subsetLabelFont(readFileSync(FONT_SOURCE), '渝川Ab1');
    expect(woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
    for (const c of '渝川Ab1') expect(covered.has(c.codePointAt(0) ?? 0)).toBe(true);
    expect(covered.has('浙'.codePointAt(0) ?? 0)).toBe(false);
    expect(woff2.length).toBeLessThan(10_000);
  });
});
