import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixCoreDates, reproducibleZip } from './zip';

const core = (time: string) =>
  `<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified></cp:coreProperties>`;

function deck(time: string, when: Date) {
  return zipSync({
    '[Content_Types].xml': [strToU8('<Types/>'), { mtime: when }],
    'docProps/core.xml': [strToU8(core(time)), { mtime: when }],
    'ppt/media/image-1-1.png': [new Uint8Array([137, 80, 78, 71, 1, 2, 3]), { mtime: when }],
  });
}

describe('reproducibleZip', () => {
  it('gives the same bytes for decks made at different times', () => {
    const a = reproducibleZip(deck('2026-01-02T03:04:05Z', new Date(2026, 0, 2)), '2024-05-17');
    const b = reproducibleZip(deck('2027-06-07T08:09:10Z', new Date(2027, 5, 7)), '2024-05-17');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('keeps every entry, in order, and dates the document with the data date', () => {
    const out = unzipSync(reproducibleZip(deck('2026-01-02T03:04:05Z', new Date()), '2024-05'));
    expect(Object.keys(out)).toEqual([
      '[Content_Types].xml',
      'docProps/core.xml',
      'ppt/media/image-1-1.png',
    ]);
    expect(strFromU8(out['docProps/core.xml'] ?? new Uint8Array())).toBe(
      core('2024-05-01T00:00:00Z'),
    );
    expect([...(out['ppt/media/image-1-1.png'] ?? [])]).toEqual([137, 80, 78, 71, 1, 2, 3]);
  });
});

describe('fixCoreDates', () => {
  it('replaces the created and modified times only', () => {
    expect(fixCoreDates(`<a>${core('x')}</a>`, 'T')).toBe(`<a>${core('T')}</a>`);
  });
});
