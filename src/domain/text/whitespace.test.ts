import { describe, expect, it } from 'vitest';
import { collapseLine, joinParagraphs, splitLines } from './whitespace';

describe('whitespace', () => {
  it('trims indentation and collapses runs of spaces (seed 003, 000)', () => {
    expect(collapseLine('\u00a0\u00a0记者罗建华报道:12月13日')).toBe('记者罗建华报道:12月13日');
    expect(collapseLine('發布日期:2016-09-28\u00a0\u00a0\u00a0 來源:四川經濟日報')).toBe(
      '發布日期:2016-09-28 來源:四川經濟日報',
    );
  });

  it('removes full-width indentation and zero-width characters (made up)', () => {
    expect(collapseLine('\u3000\u3000本报讯\u200b今日')).toBe('本报讯今日');
  });

  it('drops blank lines and joins paragraphs with one blank line', () => {
    const lines = splitLines('标题\r\n\r\n\r\n  \n正文一\n正文二\r\n\u00a0\n');
    expect(lines).toEqual(['标题', '正文一', '正文二']);
    expect(joinParagraphs(lines)).toBe('标题\n\n正文一\n\n正文二');
  });
});
