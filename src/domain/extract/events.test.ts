import { describe, expect, it } from 'vitest';
import { extractDraft } from './draft';
import { article, testLexicon } from './fixtures';

const lexicon = testLexicon();
const events = (body: string) =>
  extractDraft(article(body), 'test', lexicon).annotation.events.map((e) => ({
    type: e.type,
    date: e.endDate ? `${e.date}..${e.endDate}` : e.date,
    venue: e.venue,
    parties: e.parties,
  }));

describe('events', () => {
  it('reads a dated gathering with its venue and parties', () => {
    expect(
      events(
        '8月8日，粤桂东西部协作联席会议暨产业合作推介会在广西南宁举行，两省区40余家企业参会。',
      ),
    ).toEqual([
      {
        type: 'promotion',
        date: '2022-08-08',
        venue: 'nanning',
        parties: ['guangdong', 'guangxi'],
      },
    ]);
  });

  it('types signings by what is signed and dates them from the sentence', () => {
    expect(
      events('2020年7月，湖北省与湖南省签署《湘鄂长江中游合作框架协议》，共同推进交通互联。'),
    ).toEqual([
      { type: 'framework-agreement', date: '2020-07', venue: null, parties: ['hubei', 'hunan'] },
    ]);
    expect(
      events('会上，武汉市工商联与长沙市工商联进行友好商会签约，广东省与湖北省进行了项目签约。'),
    ).toEqual([
      { type: 'chamber-signing', date: '2022-08-09', venue: null, parties: ['wuhan'] },
      { type: 'project-signing', date: '2022-08-09', venue: null, parties: ['guangdong', 'hubei'] },
    ]);
  });

  it('gives one event per pair of a list of pairs', () => {
    expect(
      events('7月30日至31日，武汉市与深圳市、宜昌市与佛山市签署合作协议。').map((e) => e.parties),
    ).toEqual([
      ['wuhan', 'shenzhen'],
      ['yichang', 'foshan'],
    ]);
  });

  it('gives one event per edition when several are held in a list of places', () => {
    const found = events('三年来，粤桂两地在广东深圳、广西柳州举办了两届粤桂民营企业家合作峰会。');
    expect(found.map((e) => [e.type, e.date, e.venue])).toEqual([
      ['summit', '2019..2022', 'shenzhen'],
      ['summit', '2019..2022', 'liuzhou'],
    ]);
  });

  it('lets a signing at an event take the event’s date and venue', () => {
    const found = events(
      '8月8日，粤桂产业合作交流会在广西南宁举行。交流会现场，广东省与广西壮族自治区签订了产业合作框架协议。',
    );
    expect(found).toEqual([
      { type: 'forum', date: '2022-08-08', venue: 'nanning', parties: ['guangdong', 'guangxi'] },
      {
        type: 'framework-agreement',
        date: '2022-08-08',
        venue: 'nanning',
        parties: ['guangdong', 'guangxi'],
      },
    ]);
  });

  it('ignores references, plans, counts and what happened after a signing', () => {
    expect(
      events(
        '为落实粤桂合作框架协议，两省区将签署新的协议。座谈会上，广东省代表发言。项目签约后企业陆续入驻。两地已签订合作协议30余个。',
      ),
    ).toEqual([]);
  });

  it('reads declarations and launches', () => {
    expect(
      events('6月4日，广东省与广西壮族自治区共同发布合作宣言，粤桂产业园在柳州正式开园。').map(
        (e) => e.type,
      ),
    ).toEqual(['declaration', 'park-launch']);
  });
});
