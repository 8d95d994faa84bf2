/**
 * The ingester's rules for text it has never seen, each on a short made-up article with
 * the real gazetteer: page chrome, provinces as actors, venues, dates, figure dates,
 * directions with the article's own term, sectors listed as fields, units.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './ingestText';

const article = (...body: string[]) =>
  ['某某新闻网 > 地方 > 要闻', '两地深化合作', '2022-06-10 09:00　来源：某某日报', ...body].join(
    '\n\n',
  );

describe('page chrome', () => {
  it('keeps the teaser list of a short article and its editors off the map', () => {
    const a = ingestText(
      article(
        '6月9日，无锡市与延安市在延安签署产业合作协议，双方将共建产业园区。',
        '推荐阅读',
        '榆林：能源化工产业高端化发展',
        '铜川：照金红色小镇游人如织',
        '编辑：高洁　审核：王强',
      ),
      'a',
    ).annotation;
    expect(a.regions.sort()).toEqual(['wuxi', 'yanan']);
  });
});

describe('parties are the actors', () => {
  it('does not make a province a party when it is only the address or a name of its place', () => {
    const a = ingestText(
      article(
        '6月9日，无锡·延安苏陕协作产业园开工仪式在陕西延安举行，首批6个项目集中开工。',
        '株洲市与萍乡市当天还在醴陵签署《深化湘赣边区域合作框架协议》。',
      ),
      'b',
    ).annotation;
    expect(a.regions).not.toContain('shaanxi');
    expect(a.regions).not.toContain('jiangsu');
    expect(a.regions).not.toContain('hunan');
    expect(a.events.map((e) => [e.type, e.parties.sort(), e.venue])).toEqual([
      ['park-launch', ['wuxi', 'yanan'], 'yanan'],
      ['framework-agreement', ['pingxiang', 'zhuzhou'], 'liling'],
    ]);
  });

  it('keeps provinces named as actors (a counted compound, a meeting of the two)', () => {
    const a = ingestText(
      article('6月9日，粤桂东西部协作联席会议在广西南宁举行，两省区40余家企业参会。'),
      'c',
    ).annotation;
    expect(a.events[0]?.parties.sort()).toEqual(['guangdong', 'guangxi']);
  });
});

describe('venues, dates and figure dates', () => {
  it('dates what is signed at a meeting to the meeting, and places it there', () => {
    const a = ingestText(
      article(
        '6月9日，佛山市·凉山州东西部扶贫协作联席会议在西昌召开。会上，佛山市与凉山州签署《2022年东西部扶贫协作协议》，5个项目现场签约，总投资9.5亿元。',
        '佛山对口帮扶凉山以来，累计投入财政帮扶资金27.6亿元。',
      ),
      'd',
    ).annotation;
    expect(a.events.map((e) => [e.type, e.date, e.venue])).toEqual([
      ['forum', '2022-06-09', 'liangshan'],
      ['framework-agreement', '2022-06-09', 'liangshan'],
      ['project-signing', '2022-06-09', 'liangshan'],
    ]);
    expect(a.figures.map((f) => [f.value, f.asOf])).toEqual([
      [5, '2022-06-09'],
      [950000000, '2022-06-09'],
      [2760000000, '2022-06-10'],
    ]);
  });
});

describe('words that match the article', () => {
  it('words a direction with the article’s own term, east to west for 东西部协作', () => {
    const a = ingestText(
      article(
        '6月9日，深圳市与百色市签署《深圳百色东西部协作2022年工作协议》。',
        '6月9日，上海对口支援新疆喀什地区产业合作推介会在喀什市举行。',
      ),
      'e',
    ).annotation;
    expect(a.events.map((e) => e.direction)).toEqual([
      { from: 'shenzhen', to: 'baise', term: 'east-west-cooperation' },
      { from: 'shanghai', to: 'kashen', term: 'paired-assistance' },
    ]);
  });

  it('lists the fields of cooperation and keeps person-times, vehicles and tenths', () => {
    const a = ingestText(
      article(
        '6月9日，湖州·广安汽车汽配产业推介会在广安举行，双方将在汽车零部件、数字经济、劳务协作等领域加强合作。今年以来广安选派45人次干部到湖州跟岗学习，两地汽车产量达到20万辆，其中汽车汽配企业占比超过六成。',
      ),
      'f',
    ).annotation;
    expect(a.sectors).toEqual(expect.arrayContaining(['automotive', 'digital-economy', 'labour']));
    expect(a.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [45, 'person-time', 'exact'],
      [200000, 'vehicle', 'exact'],
      [60, 'percent', 'more-than'],
    ]);
  });
});
