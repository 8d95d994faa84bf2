import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from './normalize';

const raw = (id: string): string => readFileSync(`data/raw/${id}.txt`, 'utf8');

const BOILERPLATE = [
  '浏览次数',
  '瀏覽次數',
  '欢迎进入',
  '你现在的位置',
  '门户 城事资讯',
  '新闻热线',
  '举报电话',
  'Copyright',
  '版权所有',
  '技术支持',
  'ICP备',
  '公安备案号',
  '公网安备',
  '许可证',
  '主管单位',
  '关于我们',
  '网站声明',
  '天天要闻',
  '财经分类资讯推荐',
  '本网专稿',
  '【详细】',
  '原创',
  '鲜花',
  '握手',
  '雷人',
  '鸡蛋',
  '责编',
  '阿城市',
  '永登县',
  '摘要',
  '核心提示',
  '电话:',
  '地址:',
  '(jìn)',
  'ǎ',
  'ì',
];

const SEEDS: { id: string; headline: string; sentence: string }[] = [
  {
    id: '000_655edb8ce8c911e2',
    headline: '川浙经贸合作交流座谈会在蓉召开 把双方互利合作提升到新的水平',
    sentence: '据不完全统计，浙企在川合作项目共有885个，到位资金达到950多亿元',
  },
  {
    id: '001_2311f2780a6a1fa2',
    headline: '30多万浙商入川投资 川浙两地将深化装备制造等关键领域合作',
    sentence: '2023年四川规上工业企业利润率达9.13%，比浙江高3.8个百分点',
  },
  {
    id: '002_22c9c10bbe16d571',
    headline: '唱好“双城记” 共建经济圈 | 三年来两地共推产业共兴',
    sentence: '该项目总投资150亿元，占地逾1000亩，建筑面积120万平方米以上。',
  },
  {
    id: '003_8fac517cc1887912',
    headline: '赣湘两省携手深化区域合作 推动萍乡上栗高质量发展',
    sentence: '2014年4月，赣湘两省签署《共建赣湘开放合作试验区战略合作框架协议》',
  },
  {
    id: '004_12d554590c781a0a',
    headline: '川渝共建先进装备制造产业集群',
    sentence:
      '来自四川省成都、德阳、眉山、资阳和重庆渝北、江北、江津、永川等八个市、区的经信部门发布合作宣言',
  },
];

describe('normalizeArticle on the seeds', () => {
  for (const seed of SEEDS) {
    it(`${seed.id}: headline first, body kept, boilerplate gone`, () => {
      const { clean } = normalizeArticle(raw(seed.id));
      expect(clean.startsWith(seed.headline)).toBe(true);
      expect(clean).toContain(seed.sentence);
      for (const b of BOILERPLATE) expect(clean, b).not.toContain(b);
      expect(clean).not.toMatch(/\n{3,}|^\s|\s$| {2,}/);
    });
  }

  it('keeps the date/source line', () => {
    expect(normalizeArticle(raw('000_655edb8ce8c911e2')).clean).toContain(
      '发布日期：2016-09-28 来源：四川经济日报',
    );
    expect(normalizeArticle(raw('004_12d554590c781a0a')).clean).toContain(
      '2021年06月05日08:29 来源：重庆日报网',
    );
  });

  it('flags every mojibake span of 002 and 004 at the right offsets, and none elsewhere', () => {
    const a = normalizeArticle(raw('002_22c9c10bbe16d571'));
    for (const m of a.mojibake) expect(a.clean.slice(m.start, m.end)).toBe(m.text);
    expect(a.mojibake.map((m) => m.text)).toEqual([
      '?qǐng)?bào)',
      '?!敝贞c',
      '?qǐng)?bào)',
      '?cái)y',
      '?!?',
      '?!?',
      '?!睒s',
      '?!敝贞c',
      '?!彼拇ㄊ」ど搪?lián)',
      '?!睂O',
      '?',
    ]);
    expect(normalizeArticle(raw('004_12d554590c781a0a')).mojibake.map((m) => m.text)).toEqual([
      '?偭恳淹黄',
    ]);
    for (const id of ['000_655edb8ce8c911e2', '001_2311f2780a6a1fa2', '003_8fac517cc1887912']) {
      expect(normalizeArticle(raw(id)).mojibake).toEqual([]);
    }
  });

  it('records what it removed, by rule', () => {
    const rules = new Set(normalizeArticle(raw('004_12d554590c781a0a')).removed.map((r) => r.rule));
    expect([...rules].sort()).toEqual(['editor', 'pinyin', 'place-spam', 'teaser']);
  });

  it('is deterministic and idempotent on its own output', () => {
    for (const seed of SEEDS) {
      const once = normalizeArticle(raw(seed.id));
      expect(normalizeArticle(raw(seed.id))).toEqual(once);
      expect(normalizeArticle(once.clean).clean).toBe(once.clean);
    }
  });
});

describe('normalizeArticle on arbitrary input', () => {
  it('never throws and reports spans that index into the clean text', () => {
    const alphabet = fc.constantFrom(
      ...'?!()（）,:; \n\u3000\u00a0aZ9.|进(jìn)規偭ㄊど锟\ue000”“摘要:版权所有鲜花'.split(''),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: alphabet, maxLength: 300 })),
        (s) => {
          const r = normalizeArticle(s);
          for (const m of r.mojibake) expect(r.clean.slice(m.start, m.end)).toBe(m.text);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Completion within the test timeout is the bound (a quadratic rule would take
  // minutes); the time itself is measured by the benchmark, not asserted here.
  it('handles 1 MB of hostile input without hanging', () => {
    const pieces = ['?', '!', '(', ')', '…', '.', ' ', '|', '县', '進(jìn)', 'a', '摘要:', '\n'];
    let s = '';
    for (let i = 0; s.length < 1_000_000; i++) s += pieces[(i * 7919) % pieces.length];
    const long = [
      '?'.repeat(300_000),
      '…'.repeat(300_000),
      '(a'.repeat(200_000),
      '中?中 '.repeat(250_000),
      s,
    ].join('\n');
    const r = normalizeArticle(long);
    expect(r.clean.length).toBeGreaterThan(0);
    for (const m of r.mojibake) expect(r.clean.slice(m.start, m.end)).toBe(m.text);
  }, 120_000);
});
