/**
 * WOFF 1.0 to plain OpenType (sfnt), for the PDF font. fontkit reads WOFF, but
 * its subsetter inflates the whole `glyf` table again for every glyph (about
 * half a second each for a CJK font) and cannot subset WOFF2 TrueType fonts
 * (foliojs/fontkit#201); from plain sfnt it subsets in milliseconds. WOFF is
 * sfnt with each table zlib-compressed (https://www.w3.org/TR/WOFF/), so this
 * only inflates the tables (with the platform's `DecompressionStream`) and
 * writes them back with an sfnt table directory.
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Converts a WOFF 1.0 file to sfnt. Throws when `woff` is not a well-formed WOFF file. */
export async function woffToSfnt(woff: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER || view.getUint32(0) !== WOFF_SIGNATURE) {
    throw new Error('not a WOFF 1.0 font');
  }
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const at = WOFF_HEADER + i * WOFF_ENTRY;
      if (at + WOFF_ENTRY > woff.byteLength) throw new Error('WOFF table directory is cut short');
      const offset = view.getUint32(at + 4);
      const compressed = view.getUint32(at + 8);
      const length = view.getUint32(at + 12);
      if (offset + compressed > woff.byteLength) throw new Error('WOFF table data is cut short');
      const stored = woff.subarray(offset, offset + compressed);
      const data = compressed < length ? await inflate(stored) : stored;
      if (data.byteLength !== length) throw new Error('WOFF table has the wrong length');
      return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data };
    }),
  );
  const padded = (n: number) => (n + 3) & ~3;
  const size = tables.reduce(
    (sum, t) => sum + padded(t.data.byteLength),
    SFNT_HEADER + SFNT_ENTRY * count,
  );
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(Math.max(1, count)));
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, count);
  sfnt.setUint16(6, power * 16);
  sfnt.setUint16(8, Math.log2(power));
  sfnt.setUint16(10, count * 16 - power * 16);
  let offset = SFNT_HEADER + SFNT_ENTRY * count;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    sfnt.setUint32(at, t.tag);
    sfnt.setUint32(at + 4, t.checksum);
    sfnt.setUint32(at + 8, offset);
    sfnt.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += padded(t.data.byteLength);
  });
  return out;
}
