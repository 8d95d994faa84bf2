import { describe, expect, it } from 'vitest';
import { findDates, parsePublished } from './dates';

const pub = { y: 2022, m: 8, d: 9 };
const read = (text: string, day = pub) =>
  findDates(text, day).map((d) => [d.text, d.date, d.endDate ?? null, d.precision]);

describe('parsePublished', () => {
  it('reads every form sites print, as precisely as given', () => {
    expect(parsePublished('发布日期：2016-09-28 来源：某报')?.value).toBe('2016-09-28');
    expect(parsePublished('2024年05月17日20:32:38 财经 8842')?.value).toBe('2024-05-17T20:32:38');
    expect(parsePublished('2019-12-16 11:08| 发布者: admin')?.value).toBe('2019-12-16T11:08');
    expect(parsePublished('2021年06月05日08:29  来源：某网')?.value).toBe('2021-06-05T08:29');
    expect(parsePublished('2022-08-09T10:15:00+08:00')?.value).toBe('2022-08-09T10:15:00');
  });

  it('skips what is not a real day', () => {
    expect(parsePublished('编号2022-13-45，另见2022年2月3日')?.value).toBe('2022-02-03');
    expect(parsePublished('无日期')).toBeNull();
  });
});

describe('findDates', () => {
  it('resolves relative days against the publication day', () => {
    expect(read('昨日，两省在南宁签约')).toEqual([['昨日', '2022-08-08', null, 'day']]);
    expect(read('今日，活动开幕')).toEqual([['今日', '2022-08-09', null, 'day']]);
    expect(read('日前，双方签署协议')).toEqual([['日前', '2022-08', null, 'month']]);
  });

  it('reads month-day dates and spans in the publication year', () => {
    expect(read('8月8日，粤桂两省区')).toEqual([['8月8日', '2022-08-08', null, 'day']]);
    expect(read('7月30日至31日，会议在武汉召开')).toEqual([
      ['7月30日至31日', '2022-07-30', '2022-07-31', 'day'],
    ]);
    expect(read('7月30日至8月2日')).toEqual([
      ['7月30日至8月2日', '2022-07-30', '2022-08-02', 'day'],
    ]);
  });

  it('reads the seed forms 3月31日 and 12月13日至14日 in other articles', () => {
    expect(read('3月31日在湖北宜昌举行', { y: 2023, m: 4, d: 2 })).toEqual([
      ['3月31日', '2023-03-31', null, 'day'],
    ]);
    expect(read('12月13日至14日，湘鄂两省', { y: 2019, m: 12, d: 16 })).toEqual([
      ['12月13日至14日', '2019-12-13', '2019-12-14', 'day'],
    ]);
  });

  it('puts a month-day after the publication into the year before', () => {
    expect(read('12月30日，两地签约', { y: 2023, m: 1, d: 4 })).toEqual([
      ['12月30日', '2022-12-30', null, 'day'],
    ]);
  });

  it('reads years and months with their precision', () => {
    expect(read('2020年7月，两地签订协议')).toEqual([['2020年7月', '2020-07', null, 'month']]);
    expect(read('2014年4月，湘鄂两省')).toEqual([['2014年4月', '2014-04', null, 'month']]);
    expect(read('今年3月，在武汉')).toEqual([['今年3月', '2022-03', null, 'month']]);
    expect(read('去年全年，两地')).toEqual([['去年全年', '2021', null, 'year']]);
    expect(read('早在2016年，')).toEqual([['2016年', '2016', null, 'year']]);
  });

  it('reads 当年 against the last year named before it', () => {
    expect(read('2014年4月，两省签署协议。当年12月，两县建立机制')).toEqual([
      ['2014年4月', '2014-04', null, 'month'],
      ['当年12月', '2014-12', null, 'month'],
    ]);
  });

  it('reads time frames as periods ending in the publication year', () => {
    expect(read('三年来，两地')).toEqual([['三年来', '2019', '2022', 'year']]);
    expect(read('5年多来，')).toEqual([['5年多来', '2017', '2022', 'year']]);
  });

  it('does not read 今天的 (nowadays) as a date', () => {
    expect(read('没有今天的产业园')).toEqual([]);
  });
});
