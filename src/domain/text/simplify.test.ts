import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toSimplified } from './simplify';

describe('toSimplified', () => {
  it('converts seed lines to natural mainland text', () => {
    expect(toSimplified('30多萬浙商入川投資 川浙兩地將深化裝備製造等關鍵領域合作')).toBe(
      '30多万浙商入川投资 川浙两地将深化装备制造等关键领域合作',
    );
    expect(toSimplified('著力推進工業強省產業興省')).toBe('着力推进工业强省产业兴省');
    expect(toSimplified('尤其是最近一年隨着新材料電池技術')).toBe(
      '尤其是最近一年随着新材料电池技术',
    );
  });

  it('keeps 著 where mainland text keeps it, and handles both 裏 and 裡 (made up)', () => {
    expect(toSimplified('著名企業在這裏和那裡顯著增長')).toBe('著名企业在这里和那里显著增长');
  });

  it('passes Simplified input through unchanged, including 么', () => {
    const seed003 = readFileSync('data/raw/003_8fac517cc1887912.txt', 'utf8');
    expect(toSimplified(seed003)).toBe(seed003);
    const made = '这么说，为什么么？着力推进，里面的制造业，发布干部名单。';
    expect(toSimplified(made)).toBe(made);
  });

  it('leaves mojibake characters and Latin text alone apart from Han conversion', () => {
    expect(toSimplified('規?偭恳淹黄1.4萬億元')).toBe('规?偭恳淹黄1.4万亿元');
  });
});
