import { describe, expect, it } from 'vitest';
import { directionKey } from './direction';
import { translate } from './messages';

describe('direction words', () => {
  it('use the article’s own term, and 对口支援 when it has none', () => {
    const say = (lang: 'zh' | 'en', term?: Parameters<typeof directionKey>[0]) =>
      translate(lang, directionKey(term), { from: '深圳', to: '百色' });
    expect(say('zh')).toBe('深圳 对口支援 百色');
    expect(say('zh', 'paired-assistance')).toBe('深圳 对口支援 百色');
    expect(say('zh', 'east-west-cooperation')).toBe('深圳 东西部协作 百色');
    expect(say('zh', 'assistance')).toBe('深圳 帮扶 百色');
    expect(say('zh', 'twinning')).toBe('深圳 结对帮扶 百色');
    expect(say('en', 'east-west-cooperation')).toBe('深圳 supports 百色 (east–west cooperation)');
  });
});
