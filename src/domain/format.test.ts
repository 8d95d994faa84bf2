import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatCountExact,
  formatDate,
  formatDateSpan,
  formatFigureList,
  formatNames,
  formatValue,
} from './format';

describe('formatValue', () => {
  it('writes yuan with Chinese magnitudes and as CNY in English', () => {
    expect(formatValue(15_000_000_000, 'yuan', 'exact', 'zh')).toBe('150亿元');
    expect(formatValue(15_000_000_000, 'yuan', 'exact', 'en')).toBe('CNY 15 billion');
    expect(formatValue(1.4e12, 'yuan', 'at-least', 'zh')).toBe('1.4万亿元以上');
    expect(formatValue(1.4e12, 'yuan', 'at-least', 'en')).toBe('at least CNY 1.4 trillion');
  });

  it('keeps "more than" as a plus sign', () => {
    expect(formatValue(300_000, 'person', 'more-than', 'zh')).toBe('30万+人');
    expect(formatValue(300_000, 'person', 'more-than', 'en')).toBe('300,000+ people');
    expect(formatValue(95_000_000_000, 'yuan', 'more-than', 'en')).toBe('CNY 95 billion+');
  });

  it('keeps about/nearly and percent forms', () => {
    expect(formatValue(9.13, 'percent', 'exact', 'zh')).toBe('9.13%');
    expect(formatValue(3.8, 'percentage-point', 'exact', 'en')).toBe('3.8 percentage points');
    expect(formatValue(600, 'product', 'nearly', 'zh')).toBe('近600项');
    expect(formatValue(1000, 'mu', 'about', 'en')).toBe('about 1,000 mu');
  });

  it('keeps person-times (人次) and vehicles (辆) in their own units', () => {
    expect(formatValue(45, 'person-time', 'exact', 'zh')).toBe('45人次');
    expect(formatValue(45, 'person-time', 'exact', 'en')).toBe('45 person-times');
    expect(formatValue(2_300_000, 'person-time', 'exact', 'zh')).toBe('230万人次');
    expect(formatValue(4_000_000, 'vehicle', 'more-than', 'zh')).toBe('400万+辆');
    expect(formatValue(4_000_000, 'vehicle', 'exact', 'en')).toBe('4,000,000 vehicles');
  });

  it('uses the singular for exactly one', () => {
    expect(formatValue(1, 'park', 'exact', 'en')).toBe('1 park');
    expect(formatValue(885, 'project', 'exact', 'en')).toBe('885 projects');
  });
});

describe('formatDate', () => {
  it('formats at the precision given', () => {
    expect(formatDate('2024-05-17', 'zh')).toBe('2024年5月17日');
    expect(formatDate('2024-05-17', 'en')).toBe('17 May 2024');
    expect(formatDate('2020-07', 'zh')).toBe('2020年7月');
    expect(formatDate('2020-07', 'en')).toBe('Jul 2020');
    expect(formatDate('2014', 'zh')).toBe('2014年');
  });

  it('formats spans', () => {
    expect(formatDateSpan('2019-12-13', '2019-12-14', 'en')).toBe('13 Dec 2019 – 14 Dec 2019');
    expect(formatDateSpan('2019-12-13', undefined, 'zh')).toBe('2019年12月13日');
  });
});

describe('formatFigureList', () => {
  const figures = [
    { metric: 'Years of paired exchange', value: '20 years' },
    { metric: 'Funds invested', value: 'CNY 95 billion+' },
  ];
  it('writes metric: value pairs with English punctuation in English', () => {
    expect(formatFigureList(figures, 'en')).toBe(
      'Years of paired exchange: 20 years; Funds invested: CNY 95 billion+',
    );
  });
  it('uses full-width punctuation in Chinese', () => {
    expect(
      formatFigureList(
        [
          { metric: '在川浙商', value: '30万人' },
          { metric: '投资', value: '950亿+元' },
        ],
        'zh',
      ),
    ).toBe('在川浙商：30万人；投资：950亿+元');
  });
});

describe('formatCount', () => {
  const both = (n: number) => [formatCount(n, 'zh'), formatCount(n, 'en')];

  it('writes counts below 10,000 as they are, in both languages', () => {
    expect(both(0)).toEqual(['0', '0']);
    expect(both(5)).toEqual(['5', '5']);
    expect(both(2011)).toEqual(['2011', '2011']);
    expect(both(9999)).toEqual(['9999', '9999']);
  });

  it('counts in 万 and 亿 in Chinese, to three significant digits or the whole unit', () => {
    expect(formatCount(10_000, 'zh')).toBe('1万');
    expect(formatCount(32_000, 'zh')).toBe('3.2万');
    expect(formatCount(32_456, 'zh')).toBe('3.25万');
    expect(formatCount(123_456, 'zh')).toBe('12.3万');
    expect(formatCount(12_345_678, 'zh')).toBe('1235万');
    expect(formatCount(99_990_000, 'zh')).toBe('9999万');
    expect(formatCount(100_000_000, 'zh')).toBe('1亿');
    expect(formatCount(230_000_000, 'zh')).toBe('2.3亿');
    expect(formatCount(1.4e12, 'zh')).toBe('1.4万亿');
  });

  it('groups digits in English up to a million, then writes millions and billions', () => {
    expect(formatCount(10_000, 'en')).toBe('10,000');
    expect(formatCount(32_456, 'en')).toBe('32,456');
    expect(formatCount(999_999, 'en')).toBe('999,999');
    expect(formatCount(1_000_000, 'en')).toBe('1 million');
    expect(formatCount(1_234_567, 'en')).toBe('1.23 million');
    expect(formatCount(99_990_000, 'en')).toBe('100 million');
    expect(formatCount(230_000_000, 'en')).toBe('230 million');
    expect(formatCount(2.3e9, 'en')).toBe('2.3 billion');
  });

  it('never shows a unit at its upper end after rounding', () => {
    expect(formatCount(99_999, 'zh')).toBe('10万');
    expect(formatCount(9_999_500, 'zh')).toBe('1000万');
    expect(formatCount(99_995_000, 'zh')).toBe('1亿');
    expect(formatCount(999_999_999, 'en')).toBe('1 billion');
  });

  it('has every digit in the exact form', () => {
    expect(formatCountExact(10_001, 'zh')).toBe('10,001');
    expect(formatCountExact(99_990_000, 'en')).toBe('99,990,000');
  });
});

describe('formatNames', () => {
  it('lists names with the enumeration comma in Chinese and a comma in English', () => {
    expect(formatNames(['江西', '湖南'], 'zh')).toBe('江西、湖南');
    expect(formatNames(['Jiangxi', 'Hunan', 'Zhejiang'], 'en')).toBe('Jiangxi, Hunan, Zhejiang');
    expect(formatNames([], 'en')).toBe('');
  });
});
