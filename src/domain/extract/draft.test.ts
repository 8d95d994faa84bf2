import { describe, expect, it } from 'vitest';
import { AnnotationSourceSchema } from '../schema';
import { extractDraft } from './draft';
import { article, testLexicon } from './fixtures';

const lexicon = testLexicon();
const BODY =
  '8月8日，粤桂东西部协作联席会议在广西南宁举行，广东省与广西壮族自治区签署《粤桂协作框架协议》。' +
  '广东企业在桂投资达1200多亿元，共建产业园区20余个，新能源、装备制造等领域合作不断深化，装备制造企业40余家参会。';

describe('extractDraft', () => {
  it('drafts a valid annotation whose every quote is in the clean text', () => {
    const draft = extractDraft(article(BODY), 'gx-001', lexicon);
    expect(draft.problems).toEqual([]);
    const a = draft.annotation;
    expect(AnnotationSourceSchema.safeParse(a).success).toBe(true);
    expect(a).toMatchObject({
      status: 'draft',
      published: '2022-08-09T10:15',
      source: { zh: '南方日报' },
    });
    expect([...a.regions].sort()).toEqual(['guangdong', 'guangxi', 'nanning']);
    const quotes = [...a.events, ...a.figures].map((x) => x.quote);
    quotes.push(...(a.extraction?.regions.map((r) => r.quote) ?? []));
    expect(quotes.filter((q) => !draft.clean.includes(q))).toEqual([]);
    expect(
      [...a.events, ...a.figures].every(
        (x) => x.confidence !== undefined && x.confidence > 0 && x.confidence <= 1,
      ),
    ).toBe(true);
    expect(a.sectors).toContain('equipment-manufacturing');
  });

  it('reads Traditional text: 餘 is 余, figures and names resolve', () => {
    const draft = extractDraft(
      article('8月8日，粵桂兩省區在南寧舉行座談會，廣東160餘家企業參會。'),
      't',
      lexicon,
    );
    expect(draft.annotation.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [160, 'enterprise', 'more-than'],
    ]);
    expect([...draft.annotation.regions].sort()).toEqual(['guangdong', 'guangxi', 'nanning']);
  });

  it('takes no region from footers, teasers or spam lists of place names', () => {
    const raw = article(
      `${BODY}\n\n相关阅读\n\n湖北武汉：长江大桥迎来客流高峰【详细】\n\n` +
        '版权所有：某某网 地址：吉林省吉林市某路1号\n\n' +
        '武汉市| 宜昌市| 株洲市| 长治市| 恩施州| 吉林市| 佛山市| 深圳市|',
    );
    const draft = extractDraft(raw, 'gx-002', lexicon);
    expect([...draft.annotation.regions].sort()).toEqual(['guangdong', 'guangxi', 'nanning']);
    const ignored = draft.annotation.extraction?.ignored.flatMap((i) => i.places) ?? [];
    expect(ignored).toEqual(expect.arrayContaining(['吉林省', '武汉市']));
  });

  it('reports unknown place names as candidates instead of dropping them', () => {
    const draft = extractDraft(
      article(`${BODY}活动期间，考察团参观了广东佛山禅城区和桂平镇。`),
      'gx-003',
      lexicon,
    );
    const names = draft.annotation.extraction?.candidates.map((c) => [c.name, c.code ?? null]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['禅城区', '440604'],
        ['桂平镇', null],
      ]),
    );
  });

  it('refuses to produce a valid draft from text without any place', () => {
    const draft = extractDraft('今天天气很好，我们去公园散步，看到很多花。', 'x', lexicon);
    expect(draft.problems.join()).toMatch(/regions/);
  });
});
