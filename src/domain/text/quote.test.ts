import { describe, expect, it } from 'vitest';
import { findQuote, quoteIndex } from './quote';

const TEXT = '标题\n\n该项目总投资150亿元，占地逾1000亩。\n\n建筑面积120万平方米以上。';

describe('findQuote', () => {
  it('finds a quote and returns its span in the clean text', () => {
    const span = findQuote(TEXT, '总投资150亿元');
    expect(span).not.toBeNull();
    expect(TEXT.slice(span?.start, span?.end)).toBe('总投资150亿元');
  });

  it('ignores whitespace, also across paragraphs', () => {
    const span = findQuote(quoteIndex(TEXT), '占地逾1000亩。 建筑面积');
    expect(TEXT.slice(span?.start, span?.end)).toBe('占地逾1000亩。\n\n建筑面积');
  });

  it('returns null for an absent or empty quote', () => {
    expect(findQuote(TEXT, '总投资160亿元')).toBeNull();
    expect(findQuote(TEXT, '  ')).toBeNull();
  });
});
