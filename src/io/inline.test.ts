import { afterEach, describe, expect, it, vi } from 'vitest';
import { inlineText, inlineUrl } from './inline';

afterEach(() => vi.unstubAllGlobals());

describe('the single-file data seam', () => {
  it('finds nothing in a normal build', () => {
    vi.stubGlobal('window', {});
    expect(inlineText('data/atlas.json')).toBeUndefined();
    expect(inlineUrl('fonts/atlas-labels.woff2')).toBeUndefined();
  });

  it('serves inlined text and data URLs by relative path', () => {
    vi.stubGlobal('window', {
      __ATLAS_INLINE__: {
        files: {
          'data/atlas.json': '{"version":1}',
          'fonts/a.woff2': 'data:font/woff2;base64,AA==',
        },
      },
    });
    expect(inlineText('./data/atlas.json')).toBe('{"version":1}');
    expect(inlineText('fonts/a.woff2')).toBeUndefined();
    expect(inlineUrl('fonts/a.woff2')).toBe('data:font/woff2;base64,AA==');
    expect(inlineText('data/articles/x.json')).toBeUndefined();
  });

  it('ignores a malformed global', () => {
    vi.stubGlobal('window', { __ATLAS_INLINE__: 'nonsense' });
    expect(inlineText('data/atlas.json')).toBeUndefined();
  });
});
