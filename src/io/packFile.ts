/**
 * The packed core file (`atlas.pack` next to `atlas.json`): the format 2 core's values as
 * {@link PackedJson}, written by `npm run data` (`scripts/atlas/compile.ts`) for a large
 * atlas, so that no thread parses its JSON at load. The core file is then only a sealed
 * pointer (format 3) that names the pack with its hash, so the pointer's hash covers it:
 * a pack that does not match is refused, a pointer changed by hand has its pack validated
 * (`worker/readAtlasFile.ts`).
 *
 * Layout, little-endian: the 8 bytes `ATLPACK1`; five 32-bit byte lengths (numbers, ops,
 * offsets, templates, strings) and 4 bytes of padding; then the numbers (float64), ops
 * (int32), offsets (uint32), the templates as UTF-8 JSON and the strings as UTF-8.
 */
import type { PackedJson } from './packedJson';

/** A core file of this many bytes or more is written with a pack (and read in the worker). */
export const PACK_FROM_BYTES = 2 ** 20;

const MAGIC = 'ATLPACK1';
const HEADER_BYTES = 32;

/** True where typed arrays are little-endian (everywhere the app runs, but it is checked). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A lone surrogate: a string TextEncoder would change. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The file's bytes; throws when a string would not survive UTF-8 (a lone surrogate). */
export function encodePackFile(packed: PackedJson): Uint8Array<ArrayBuffer> {
  if (!LITTLE_ENDIAN) throw new Error('packs are written on little-endian machines only');
  if (LONE_SURROGATE.test(packed.strings)) throw new Error('a string has a lone surrogate');
  const encoder = new TextEncoder();
  const templates = encoder.encode(JSON.stringify(packed.templates));
  const strings = encoder.encode(packed.strings);
  const sections = [
    new Uint8Array(packed.numbers.buffer, packed.numbers.byteOffset, packed.numbers.byteLength),
    new Uint8Array(packed.ops.buffer, packed.ops.byteOffset, packed.ops.byteLength),
    new Uint8Array(packed.offsets.buffer, packed.offsets.byteOffset, packed.offsets.byteLength),
    templates,
    strings,
  ];
  const out = new Uint8Array(HEADER_BYTES + sections.reduce((n, s) => n + s.byteLength, 0));
  out.set(encoder.encode(MAGIC));
  const lengths = new DataView(out.buffer, MAGIC.length, 4 * sections.length);
  sections.forEach((s, i) => lengths.setUint32(4 * i, s.byteLength, true));
  let at = HEADER_BYTES;
  for (const s of sections) {
    out.set(s, at);
    at += s.byteLength;
  }
  return out;
}

function isTemplates(value: unknown): value is string[][] {
  return (
    Array.isArray(value) &&
    value.every((keys) => Array.isArray(keys) && keys.every((k) => typeof k === 'string'))
  );
}

/**
 * The packed value in a file's bytes (its typed arrays share `bytes`' buffer); throws
 * when the bytes are no pack or do not add up.
 */
export function decodePackFile(bytes: Uint8Array<ArrayBuffer>): PackedJson {
  const broken = (why: string) => new Error(`not a readable pack: ${why}`);
  if (!LITTLE_ENDIAN) throw broken('this machine is big-endian');
  if (bytes.byteLength < HEADER_BYTES) throw broken('too short');
  const decoder = new TextDecoder();
  if (decoder.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw broken('no pack header');
  const own = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(own.buffer, own.byteOffset + MAGIC.length, 20);
  const [numbers, ops, offsets, templates, strings] = [0, 1, 2, 3, 4].map((i) =>
    view.getUint32(4 * i, true),
  ) as [number, number, number, number, number];
  if (HEADER_BYTES + numbers + ops + offsets + templates + strings !== own.byteLength) {
    throw broken('its sections do not add up');
  }
  if (numbers % 8 !== 0 || ops % 4 !== 0 || offsets % 4 !== 0 || offsets === 0) {
    throw broken('a section has a partial value');
  }
  let at = own.byteOffset + HEADER_BYTES;
  const take = (length: number) => {
    const start = at;
    at += length;
    return start;
  };
  const numberValues = new Float64Array(own.buffer, take(numbers), numbers / 8);
  const opValues = new Int32Array(own.buffer, take(ops), ops / 4);
  const offsetValues = new Uint32Array(own.buffer, take(offsets), offsets / 4);
  const templateValues: unknown = JSON.parse(
    decoder.decode(new Uint8Array(own.buffer, take(templates), templates)),
  );
  const text = decoder.decode(new Uint8Array(own.buffer, take(strings), strings));
  if (!isTemplates(templateValues)) throw broken('its templates are not lists of keys');
  if (offsetValues[offsetValues.length - 1] !== text.length) {
    throw broken('its strings do not match their offsets');
  }
  return {
    strings: text,
    offsets: offsetValues,
    ops: opValues,
    numbers: numberValues,
    templates: templateValues,
  };
}
