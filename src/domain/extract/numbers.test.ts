import { describe, expect, it } from 'vitest';
import { chineseNumeral, findNumbers, scaled } from './numbers';

const first = (text: string) => findNumbers(text)[0];

describe('chineseNumeral', () => {
  it('reads counting numerals', () => {
    expect(chineseNumeral('三')).toBe(3);
    expect(chineseNumeral('二十')).toBe(20);
    expect(chineseNumeral('十二')).toBe(12);
    expect(chineseNumeral('两')).toBe(2);
    expect(chineseNumeral('一百零五')).toBe(105);
    expect(chineseNumeral('三万五千')).toBe(35000);
    expect(chineseNumeral('二〇二三')).toBe(2023);
    expect(chineseNumeral('万亿')).toBeNull();
  });
});

describe('findNumbers', () => {
  it('scales by 万, 亿 and 万亿 exactly', () => {
    expect(scaled('1.05', 1e12)).toBe(1050000000000);
    expect(first('总投资1.4万亿元')?.value).toBe(1400000000000);
    expect(first('产值4.8万亿')?.value).toBe(4800000000000);
    expect(first('面积4000万平方米')?.value).toBe(40000000);
    expect(first('增加值1.74万亿元')?.value).toBe(1740000000000);
  });

  it('reads 多 and 余 on either side of the magnitude as "more than"', () => {
    expect(first('湖北客商30多万')).toMatchObject({ value: 300000, qualifier: 'more-than' });
    expect(first('到位资金950多亿元')).toMatchObject({
      value: 95000000000,
      qualifier: 'more-than',
    });
    expect(first('就业岗位3万多个')).toMatchObject({ value: 30000, qualifier: 'more-than' });
    expect(first('占地1000余亩')).toMatchObject({ value: 1000, qualifier: 'more-than' });
    expect(first('签订协议60余个')).toMatchObject({ value: 60, qualifier: 'more-than' });
  });

  it('reads qualifiers before the number', () => {
    expect(first('投资约20亿元')?.qualifier).toBe('about');
    expect(first('就业接近1000万人')?.qualifier).toBe('nearly');
    expect(first('占地逾500亩')?.qualifier).toBe('more-than');
    expect(first('营收突破3万亿元')?.qualifier).toBe('at-least');
  });

  it('reads a bare magnitude after a verb of passing', () => {
    expect(findNumbers('工业增加值破万亿，')).toEqual([
      expect.objectContaining({ value: 1e12, qualifier: 'at-least' }),
    ]);
  });

  it('reads decimals and percentages', () => {
    expect(first('利润率达9.13%')?.value).toBe(9.13);
    expect(first('高3.8个百分点')?.value).toBe(3.8);
  });
});
