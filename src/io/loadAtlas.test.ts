import { describe, expect, it } from 'vitest';
import { dataParamUrl } from './loadAtlas';

const page = 'http://127.0.0.1:4173/atlas/index.html?data=x';

describe('dataParamUrl', () => {
  it('accepts a relative path on the same origin', () => {
    expect(dataParamUrl('bench/synthetic-atlas.json', page)).toBe('bench/synthetic-atlas.json');
    expect(dataParamUrl('../other/atlas.json', page)).toBe('../other/atlas.json');
    expect(dataParamUrl('/data/atlas.json', page)).toBe('/data/atlas.json');
  });

  it('rejects absolute, protocol-relative and other-origin URLs', () => {
    for (const value of [
      'https://example.com/atlas.json',
      'http://127.0.0.1:4173/data/atlas.json',
      '//example.com/atlas.json',
      '/\\example.com/atlas.json',
      '\\\\example.com/atlas.json',
      'data:application/json,{}',
      'javascript:alert(1)',
      '/\t/example.com/atlas.json',
    ]) {
      expect(dataParamUrl(value, page), value).toBeNull();
    }
  });

  it('rejects an empty value', () => {
    expect(dataParamUrl('', page)).toBeNull();
    expect(dataParamUrl('  ', page)).toBeNull();
  });
});
