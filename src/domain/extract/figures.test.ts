import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { structure } from './structure';

/** Figures of a one-paragraph body, as [value, unit, qualifier]. */
const figures = (body: string) =>
  findFigures(structure(`标题\n\n${body}`)).map((f) => [f.value, f.unit, f.qualifier]);

describe('findFigures', () => {
  it('reads money with and without 元', () => {
    expect(figures('广东企业在桂投资达1200多亿元。')).toEqual([
      [120000000000, 'yuan', 'more-than'],
    ]);
    expect(figures('2021年，湖北实现汽车产业规上总产值1.2万亿，工业增加值破万亿。')).toEqual([
      [1200000000000, 'yuan', 'exact'],
      [1000000000000, 'yuan', 'at-least'],
    ]);
  });

  it('reads areas, shares and percentage points', () => {
    expect(figures('建成标准厂房80万平方米，规划面积12平方公里，占地逾600亩。')).toEqual([
      [800000, 'sqm', 'exact'],
      [12, 'sqkm', 'exact'],
      [600, 'mu', 'more-than'],
    ]);
    expect(figures('增速达7.5%，比全国高1.2个百分点，占全省工业的近一半。')).toEqual([
      [7.5, 'percent', 'exact'],
      [1.2, 'percentage-point', 'exact'],
      [50, 'percent', 'nearly'],
    ]);
  });

  it('reads what a counting word counts from the noun after or before it', () => {
    expect(figures('两省共有85家企业参会，已建成4个国家级产业集群，签约项目37个。')).toEqual([
      [85, 'enterprise', 'exact'],
      [4, 'cluster', 'exact'],
      [37, 'project', 'exact'],
    ]);
    expect(figures('湖北商会等12家直属商会和广东相关商会签订协议。')).toEqual([
      [12, 'chamber', 'exact'],
    ]);
    expect(figures('共建园区（二产业）15余个，带动就业岗位2万多个。')).toEqual([
      [15, 'park', 'more-than'],
      [20000, 'job', 'more-than'],
    ]);
    expect(figures('湖北客商在湘达20多万，涉及600多项产品。')).toEqual([
      [200000, 'person', 'more-than'],
      [600, 'product', 'more-than'],
    ]);
  });

  it('reads durations, but not time frames or titles', () => {
    expect(figures('两地对口协作已有二十年历史，连续三年获评先进，历时2年建成。')).toEqual([
      [20, 'year', 'exact'],
      [3, 'year', 'exact'],
      [2, 'year', 'exact'],
    ]);
    expect(figures('三年来，两地制定《产业发展五年行动计划》。')).toEqual([]);
    expect(figures('今年是粤桂协作的第12个年头。')).toEqual([[12, 'year', 'exact']]);
  });

  it('skips dates, ordinals, size classes and counts without a unit', () => {
    expect(
      figures('2023年3月1日，第六次会议在3个方面达成共识，打造百亿级园区，两省签约。'),
    ).toEqual([]);
  });

  it('reports a repeated figure once', () => {
    expect(figures('湖北50余家企业参会。湖北50余家企业代表出席。')).toEqual([
      [50, 'enterprise', 'more-than'],
    ]);
  });

  it('keeps 以上 as "at least"', () => {
    expect(figures('年产值200亿元以上，就业占比80%以上。')).toEqual([
      [20000000000, 'yuan', 'at-least'],
      [80, 'percent', 'at-least'],
    ]);
  });
});
