import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packedBuffers, packJson } from './packedJson';
import { unpackJson } from './unpackJson';
import { decodePackFile, encodePackFile } from './packFile';

const core: unknown = JSON.parse(readFileSync('public/data/atlas.json', 'utf8'));

describe('the pack file (a large core, ready to unpack)', () => {
  it('reads back the values it was written from', () => {
    const bytes = encodePackFile(packJson(core));
    const read = decodePackFile(bytes);
    expect(unpackJson(read)).toStrictEqual(core);
    // One buffer to transfer to the page.
    expect(packedBuffers(read)).toEqual([bytes.buffer]);
  });

  it('reads a pack that does not start on an 8-byte boundary', () => {
    const bytes = encodePackFile(packJson({ n: [1.5, 2], s: '成都' }));
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    expect(unpackJson(decodePackFile(shifted.subarray(3)))).toStrictEqual({
      n: [1.5, 2],
      s: '成都',
    });
  });

  it('refuses bytes that are no pack or do not add up', () => {
    const bytes = encodePackFile(packJson({ a: ['x', '都'] }));
    expect(() => decodePackFile(new TextEncoder().encode('{"version": 2}'))).toThrow(
      /header|short/,
    );
    expect(() => decodePackFile(bytes.slice(0, -1))).toThrow(/add up/);
    const wrongText = bytes.slice();
    wrongText[wrongText.length - 3] = 0x61; // 都 (3 bytes) read as "a" and two stray bytes
    expect(() => decodePackFile(wrongText)).toThrow(/offsets/);
  });

  it('is not written for a string UTF-8 cannot carry', () => {
    expect(() => encodePackFile(packJson({ s: 'a\ud800b' }))).toThrow(/surrogate/);
  });
});
