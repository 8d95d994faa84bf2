import { describe, expect, it } from 'vitest';
import { isTrustedCore } from './trust';

const core = {
  version: 2,
  hash: `sha256-${'a'.repeat(64)}`,
  dataDate: '2024-05-17',
  detail: { perFile: 200, files: [{ path: 'detail/000.json', hash: `sha256-${'b'.repeat(64)}` }] },
  texts: 'articles',
  regions: [],
  sectors: [],
  articles: [],
  events: [],
  figures: [],
};

describe('the outline a trusted core must have', () => {
  it('accepts a core file', () => {
    expect(isTrustedCore(core)).toBe(true);
    expect(isTrustedCore({ ...core, texts: null })).toBe(true);
  });

  it('refuses another format or missing lists', () => {
    expect(isTrustedCore({ ...core, version: 1 })).toBe(false);
    expect(isTrustedCore({ ...core, events: undefined })).toBe(false);
    expect(isTrustedCore([core])).toBe(false);
  });

  it('never lets a file send the app to another folder or origin', () => {
    for (const path of [
      '../secret.json',
      'detail/../../x.json',
      '/etc/passwd',
      'https://example.com/x.json',
      '//example.com/x.json',
      '',
    ]) {
      const files = [{ path, hash: core.detail.files[0]?.hash }];
      expect(isTrustedCore({ ...core, detail: { ...core.detail, files } }), path).toBe(false);
      expect(isTrustedCore({ ...core, texts: path }), path).toBe(false);
    }
  });
});
