import { describe, expect, it } from 'vitest';
import { testMeasure } from './testMeasure';
import { breakUnits, clampLines, joinLines, wrapLines } from './wrap';

const wrap = (text: string, chars: number) => wrapLines(text, chars * 10, 10, false, testMeasure);

describe('wrapLines', () => {
  it('breaks Chinese between characters, never before closing punctuation', () => {
    const lines = wrap('川浙经贸合作交流座谈会，在成都召开。', 6);
    expect(lines.join('')).toBe('川浙经贸合作交流座谈会，在成都召开。');
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。]/);
      expect(testMeasure(line, 10, false)).toBeLessThanOrEqual(60);
    }
  });

  it('keeps opening punctuation with what follows it', () => {
    const lines = wrap('来源：四川日报《川浙合作》', 7);
    expect(lines.some((l) => l.endsWith('《'))).toBe(false);
  });

  it('breaks Latin text at spaces and cuts a word longer than the line', () => {
    expect(wrap('Sichuan and Zhejiang held a forum', 7)).toEqual([
      'Sichuan and',
      'Zhejiang held',
      'a forum',
    ]);
    const cut = wrap('000_655edb8ce8c911e2', 4);
    expect(cut.join('')).toBe('000_655edb8ce8c911e2');
    expect(cut.length).toBe(3);
  });

  it('keeps explicit line breaks', () => {
    expect(wrap('一\n二', 10)).toEqual(['一', '二']);
  });
});

describe('breakUnits', () => {
  it('splits mixed text into characters and words', () => {
    expect(breakUnits('2016年 CNY 95 billion')).toEqual([
      '2016',
      '年',
      ' ',
      'CNY ',
      '95 ',
      'billion',
    ]);
  });
});

describe('clampLines and joinLines', () => {
  it('cuts to the given number of lines and ends with an ellipsis that fits', () => {
    const lines = wrap('一二三四五六七八九十一二三四五六七八九十', 5);
    const kept = clampLines(lines, 2, 50, 10, false, testMeasure);
    expect(kept).toHaveLength(2);
    expect(kept[1]?.endsWith('…')).toBe(true);
    expect(testMeasure(kept[1] ?? '', 10, false)).toBeLessThanOrEqual(50);
    expect(clampLines(['a', 'b'], 3, 50, 10, false, testMeasure)).toEqual(['a', 'b']);
  });

  it('joins Chinese lines directly and Latin lines with a space', () => {
    expect(joinLines(['川浙经贸', '合作'])).toBe('川浙经贸合作');
    expect(joinLines(['Sichuan and', 'Zhejiang'])).toBe('Sichuan and Zhejiang');
  });
});
