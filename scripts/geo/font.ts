/**
 * The map's label font: a subset of Noto Sans SC with exactly the characters the labels
 * use, so labels render the same on every machine without a glyph server.
 */
import subsetFont from 'subset-font';
import type { RegionSource } from '../../src/domain/schema';
import { mappedCodePoints } from './cmap';

/** Characters every label font carries besides the gazetteer's: digits, ASCII letters, punctuation. */
export const BASE_CHARACTERS =
  '0123456789' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' + 'abcdefghijklmnopqrstuvwxyz' + " ·–-'’(),./:&";

/** Every label string of a region with the field it comes from. */
function labelFields(r: RegionSource): [string, string][] {
  return [
    ['name.zh', r.name.zh],
    ['name.en', r.name.en],
    ...r.shortNames.map((s, i): [string, string] => [`shortNames.${i}`, s]),
  ];
}

/** The sorted, de-duplicated characters the label font must contain. */
export function labelCharacters(regions: RegionSource[]): string {
  const chars = new Set<string>(BASE_CHARACTERS);
  for (const r of regions)
    for (const [, text] of labelFields(r)) for (const c of text) chars.add(c);
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** Problems for every label character the font cannot draw, naming the region and the field. */
export function missingGlyphs(
  regions: RegionSource[],
  covered: ReadonlySet<number>,
  file = 'data/regions.yaml',
): string[] {
  const problems: string[] = [];
  for (const c of BASE_CHARACTERS) {
    if (!covered.has(c.codePointAt(0) ?? 0)) problems.push(`label font: no glyph for "${c}"`);
  }
  for (const r of regions) {
    for (const [field, text] of labelFields(r)) {
      const missing = [...new Set(text)].filter((c) => !covered.has(c.codePointAt(0) ?? 0));
      if (missing.length) {
        problems.push(
          `${file}: region "${r.id}", field ${field}: the label font has no glyph for ${missing.join(' ')}`,
        );
      }
    }
  }
  return problems;
}

/** Subsets `source` (any sfnt/WOFF/WOFF2) to `chars` and returns WOFF2 plus the code points it maps. */
export async function subsetLabelFont(
  source: Buffer,
  chars: string,
): Promise<{ woff2: Buffer; covered: Set<number> }> {
  const sfnt = await subsetFont(source, chars, { targetFormat: 'sfnt' });
  const covered = mappedCodePoints(sfnt);
  const woff2 = await subsetFont(sfnt, chars, { targetFormat: 'woff2' });
  return { woff2, covered };
}
