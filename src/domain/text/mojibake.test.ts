import { describe, expect, it } from 'vitest';
import { toSimplified } from './simplify';
import { findMojibake, isRealQuestionMark } from './mojibake';

function flagged(line: string): string[] {
  return findMojibake(line).map((s) => line.slice(s.start, s.end));
}

describe('findMojibake', () => {
  it('flags the GBK-damaged spans of the seeds, up to where the text realigns', () => {
    expect(flagged('兩地裝備製造業規?偭恳淹黄1.4萬億元。”')).toEqual(['?偭恳淹黄']);
    expect(flagged('重慶電子電路產業園了?!敝貞c瑜瀚電子科技')).toEqual(['?!敝貞c']);
    expect(flagged('集成電路需求?!睒s昌區相關負責人')).toEqual(['?!睒s']);
    expect(flagged('深度發力?!彼拇ㄊ」ど搪?lián)黨組成員')).toEqual(['?!彼拇ㄊ」ど搪?lián)']);
    expect(flagged('靠前服務協調?!睂O寧說,特別是')).toEqual(['?!睂O']);
    expect(flagged('將有重大突破?!?')).toEqual(['?!?']);
    expect(flagged('告訴重慶日?qǐng)?bào)記者,正是')).toEqual(['?qǐng)?bào)']);
    expect(flagged('促成川渝兩地?cái)y手打造')).toEqual(['?cái)y']);
    expect(flagged('?')).toEqual(['?']);
  });

  it('still flags the seed spans after Traditional → Simplified conversion', () => {
    expect(flagged(toSimplified('了?!敝貞c瑜瀚'))).toEqual(['?!敝贞c']);
  });

  it('flags damage without a question mark (made up)', () => {
    expect(flagged('这是乱码貞c文字')).toEqual(['貞c']);
    expect(flagged('公司ㄊど的发展')).toEqual(['ㄊど']);
    expect(flagged('显示为锟斤拷的字符')).toEqual(['锟']);
    expect(flagged('私用区\ue000字符')).toEqual(['\ue000']);
  });

  it('does not flag ordinary text', () => {
    expect(flagged('利润率达9.13%，比浙江高3.8个百分点')).toEqual([]);
    expect(flagged('AI写高考作文哪家强？讯飞星火第一、DeepSeek第二')).toEqual([]);
    expect(flagged('何不联合起来，携手打造一个专门的产业园区?”')).toEqual([]);
    expect(flagged('占全市GDP比重为59.7%，W22周数据')).toEqual([]);
    expect(flagged('What? Really?')).toEqual([]);
  });
});

describe('isRealQuestionMark', () => {
  it('tells a question from damage', () => {
    expect(isRealQuestionMark('产业园区?”', 4)).toBe(true);
    expect(isRealQuestionMark('你去吗?', 3)).toBe(true);
    expect(isRealQuestionMark('哪家强?讯飞', 3)).toBe(true);
    expect(isRealQuestionMark('规?偭恳', 1)).toBe(false);
    expect(isRealQuestionMark('了?!敝', 1)).toBe(false);
    expect(isRealQuestionMark('?', 0)).toBe(false);
  });
});
