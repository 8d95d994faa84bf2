import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPackedJson, packJson } from './packedJson';
import { unpackJson } from './unpackJson';

/** What the page got before: the value through JSON text. */
const viaText = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const roundTrip = (value: unknown): unknown => unpackJson(packJson(value));

describe('packed JSON (the worker hands the page the atlas core)', () => {
  it('gives back the app’s own core file exactly as JSON.parse reads it', () => {
    const text = readFileSync('public/data/atlas.json', 'utf8');
    const parsed: unknown = JSON.parse(text);
    const unpacked = roundTrip(parsed);
    expect(unpacked).toStrictEqual(parsed);
    // Same keys in the same order: a copy written from it is the same file.
    expect(JSON.stringify(unpacked, null, 2) + '\n').toBe(text);
  });

  it('keeps every kind of JSON value, nested, with keys in their order', () => {
    const value = {
      b: [1, -2.5, 0, 1e21, Number.MAX_SAFE_INTEGER, 5e-324],
      a: { z: 'z', y: null, x: true, w: false, v: [], u: {} },
      records: [
        { id: 'e1', title: { zh: '签约', en: 'Signing' }, endDate: '2016-09' },
        { id: 'e2', title: { zh: '签约', en: 'Signing' } },
        { title: { en: 'Signing', zh: '签约' }, id: 'e3' },
      ],
      text: ['', '成都 ·\u0000\ud83d\ude00', '"quoted"\n'],
    };
    expect(roundTrip(value)).toStrictEqual(value);
    expect(Object.keys(roundTrip(value) as object)).toEqual(['b', 'a', 'records', 'text']);
  });

  it('writes what JSON.stringify would for undefined and -0', () => {
    const value = { kept: 1, dropped: undefined, list: [undefined, -0] };
    expect(roundTrip(value)).toStrictEqual(viaText(value));
  });

  it('stores each distinct string once', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => ({ parties: ['sichuan', 'zhejiang'], i }));
    const packed = packJson(ids);
    expect(packed.strings).toBe('sichuanzhejiang');
    expect(packed.templates).toEqual([['parties', 'i']]);
  });

  it('makes a small object or list of short strings one object, however often it occurs', () => {
    const metric = { zh: '入驻企业', en: 'Companies settled' };
    const title = { zh: '签约', en: 'A title long enough not to be shared by any record' };
    const figures = Array.from({ length: 100 }, (_, i) => ({
      id: `f${i}`,
      metric: { ...metric },
      title: { ...title },
      regions: ['sichuan', 'zhejiang'],
      sectors: [],
    }));
    const back = roundTrip(figures);
    expect(back).toStrictEqual(figures);
    if (!Array.isArray(back)) throw new Error('not a list');
    const metrics = new Set(back.map((f: { metric: object }) => f.metric));
    const titles = new Set(back.map((f: { title: object }) => f.title));
    // The first is packed before its strings are known; every later one is the second.
    expect(metrics.size).toBe(2);
    expect(titles.size).toBe(100);
    // Lists: their strings are numbered by then (the first region list names them).
    expect(new Set(back.map((f: { regions: object }) => f.regions)).size).toBe(2);
    expect(new Set(back.map((f: { sectors: object }) => f.sectors)).size).toBe(1);
  });

  it('refuses what JSON cannot hold, and a key that would set a prototype', () => {
    expect(() => packJson({ n: Number.NaN })).toThrow(/not a JSON number/);
    expect(() => packJson({ d: new Date(0) })).toThrow(/not JSON/);
    expect(() => packJson(JSON.parse('{"__proto__": {"polluted": true}}'))).toThrow(/__proto__/);
  });

  it('rejects a packed value whose streams do not add up', () => {
    const packed = packJson({ a: [1, 'x'] });
    expect(isPackedJson(packed)).toBe(true);
    expect(isPackedJson({ ...packed, ops: [1, 2] })).toBe(false);
    expect(() => unpackJson({ ...packed, ops: packed.ops.slice(0, -1) })).toThrow(/broken/);
    expect(() => unpackJson({ ...packed, numbers: new Float64Array(0) })).toThrow(/broken/);
    expect(() => unpackJson({ ...packed, templates: [] })).toThrow(/broken/);
  });
});
