/**
 * Reading the code points a TrueType/OpenType (sfnt) font maps to glyphs, from its
 * `cmap` table (subtable formats 4 and 12), to prove the label font covers every label.
 */

function tableOffset(font: Uint8Array, tag: string): number | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    const name = String.fromCharCode(...font.subarray(record, record + 4));
    if (name === tag) return view.getUint32(record + 8);
  }
  return null;
}

function format4(view: DataView, at: number, out: Set<number>): void {
  const segCount = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const rangeOffsets = deltas + 2 * segCount;
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(ends + 2 * s);
    const start = view.getUint16(starts + 2 * s);
    const delta = view.getUint16(deltas + 2 * s);
    const rangeAt = rangeOffsets + 2 * s;
    const range = view.getUint16(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph = range === 0 ? c : view.getUint16(rangeAt + range + 2 * (c - start));
      if (range !== 0 && glyph === 0) continue;
      glyph = (glyph + delta) & 0xffff;
      if (glyph !== 0) out.add(c);
    }
  }
}

function format12(view: DataView, at: number, out: Set<number>): void {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const rec = at + 16 + 12 * g;
    const start = view.getUint32(rec);
    const end = view.getUint32(rec + 4);
    const firstGlyph = view.getUint32(rec + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) out.add(c);
  }
}

/** The set of Unicode code points an sfnt font maps to a glyph other than `.notdef`. */
export function mappedCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(font, 'cmap');
  if (cmap === null) throw new Error('font has no cmap table');
  const out = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const at = cmap + view.getUint32(cmap + 4 + 8 * i + 4);
    const format = view.getUint16(at);
    if (format === 4) format4(view, at, out);
    else if (format === 12) format12(view, at, out);
  }
  return out;
}
