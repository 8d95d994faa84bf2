import { describe, expect, it } from 'vitest';
import { failureText, refusalText } from './checkText';

describe('ingest refusals', () => {
  it('say what went wrong and what to do, in both languages', () => {
    expect(refusalText('zh', { reason: 'no-chinese', cjk: 3, encoding: 'UTF-8' })).toBe(
      '只读到 3 个汉字（按 UTF-8 读取），不像一篇中文报道：请检查文件是否选对。',
    );
    expect(refusalText('en', { reason: 'too-large', bytes: 6 * 1048576 })).toMatch(
      /^The file is 6\.0 MB/,
    );
    expect(failureText('en', { reason: 'gazetteer-unavailable', message: 'HTTP 404' })).toMatch(
      /gazetteer .* could not be loaded/,
    );
  });
});
