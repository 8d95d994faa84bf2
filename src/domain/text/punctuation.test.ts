import { describe, expect, it } from 'vitest';
import { tightenSpaces, toFullWidthPunctuation } from './punctuation';

describe('toFullWidthPunctuation', () => {
  it('converts ASCII punctuation in Chinese prose (seed 000)', () => {
    expect(toFullWidthPunctuation('為落實川浙兩省合作框架協議,促進浙江企業;昨日:成都!')).toBe(
      '為落實川浙兩省合作框架協議，促進浙江企業；昨日：成都！',
    );
  });

  it('converts parentheses in pairs when they touch or hold Chinese (seed 004, 001)', () => {
    expect(toFullWidthPunctuation('共同建設具有影響力的集群。 (記者 夏元)')).toBe(
      '共同建設具有影響力的集群。 （記者 夏元）',
    );
    expect(toFullWidthPunctuation('先進材料(或新型化工)等')).toBe('先進材料（或新型化工）等');
    expect(toFullWidthPunctuation('渝網文(2016)4551號')).toBe('渝網文（2016）4551號');
  });

  it('leaves numbers, dates and times alone', () => {
    const line = '2023-03-31 08:52:51 利潤率達9.13%,增加值1.4萬億元,1,000人';
    expect(toFullWidthPunctuation(line)).toBe(
      '2023-03-31 08:52:51 利潤率達9.13%，增加值1.4萬億元，1,000人',
    );
  });

  it('converts a real question mark but not mojibake (seed 002)', () => {
    expect(toFullWidthPunctuation('攜手打造一個專門的產業園區?”')).toBe(
      '攜手打造一個專門的產業園區？”',
    );
    expect(toFullWidthPunctuation('產業園了?!敝貞c瑜瀚', [{ start: 4, end: 9 }])).toBe(
      '產業園了?!敝貞c瑜瀚',
    );
    expect(toFullWidthPunctuation('哪家强?讯飞星火第一')).toBe('哪家强？讯飞星火第一');
    expect(toFullWidthPunctuation('装备制造业规?偭恳淹黄1.4万亿元')).toBe(
      '装备制造业规?偭恳淹黄1.4万亿元',
    );
  });

  it('leaves English text alone (made up)', () => {
    expect(toFullWidthPunctuation('Hello, world: ok? (yes)')).toBe('Hello, world: ok? (yes)');
  });
});

describe('tightenSpaces', () => {
  it('drops spaces around full-width punctuation and moves spans with the text', () => {
    const r = tightenSpaces('来自： 中国江西网 。 乱?码', [{ start: 13, end: 15 }]);
    expect(r.line).toBe('来自：中国江西网。乱?码');
    expect(r.line.slice(r.spans[0]?.start, r.spans[0]?.end)).toBe('?码');
  });
});
