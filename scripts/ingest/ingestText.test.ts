/**
 * The extractor with the real gazetteer: the boilerplate traps of the seed articles,
 * articles it has never seen (synthetic ones about other provinces), and bad input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../geo/sources';
import { CENTRAL_CHINA, NORTHWEST } from './fixtures';
import { ingestText } from './ingestText';
import { synthArticles } from './synthArticles';

const seed = (id: string) => readFileSync(join(ROOT, 'data/raw', `${id}.txt`), 'utf8');

describe('boilerplate traps of the seed articles', () => {
  it('2021: the spam list of places and the teaser news give no region', () => {
    const draft = ingestText(seed('004_12d554590c781a0a'), '004');
    for (const trap of [
      'anhui',
      'guangdong',
      'guizhou',
      'liaoning',
      'nanning',
      'changzhou',
      'taiyuan',
      'guyuan',
      'datong',
      'suihua',
    ]) {
      expect(draft.annotation.regions).not.toContain(trap);
    }
    const ignored = draft.annotation.extraction?.ignored ?? [];
    expect(ignored.find((i) => i.rule === 'place-spam')?.places).toEqual(
      expect.arrayContaining(['南宁市', '安徽省']),
    );
  });

  it('2024: the teaser news after the article add no figure or region', () => {
    const a = ingestText(seed('001_2311f2780a6a1fa2'), '001').annotation;
    expect(a.figures.map((f) => f.value)).not.toContain(583);
    expect(a.figures.map((f) => f.value)).not.toContain(600);
    expect(a.events.every((e) => e.date.startsWith('2024'))).toBe(true);
  });

  it('2016: the footer address (成都市成华街) is not a quote, and the person 岳阳 is not Yueyang', () => {
    const a = ingestText(seed('000_655edb8ce8c911e2'), '000').annotation;
    expect(a.regions).not.toContain('yueyang');
    expect(a.extraction?.regions.find((r) => r.id === 'chengdu')?.quote).not.toMatch(/成华街/);
  });

  it('2019: 来宾 (guests) is not Laibin, 长株潭/京津冀 are not listed', () => {
    const a = ingestText(seed('003_8fac517cc1887912'), '003').annotation;
    expect(a.regions).not.toEqual(expect.arrayContaining(['laibin']));
    expect(a.regions).not.toContain('beijing');
  });
});

describe('articles about other provinces', () => {
  it('Hubei, Hunan, Jiangxi: regions at every level, a span, an agreement list, figures', () => {
    const a = ingestText(CENTRAL_CHINA, 'central').annotation;
    expect([...a.regions].sort()).toEqual([
      'changsha',
      'hubei',
      'hunan',
      'jiangxi',
      'nanchang',
      'wuhan',
      'yichang',
      'yueyang',
    ]);
    expect(a.events.map((e) => [e.type, e.date, e.endDate ?? null, e.venue])).toEqual([
      ['forum', '2023-06-10', '2023-06-11', 'changsha'],
      // Signed 会上: at the meeting held in Changsha.
      ['framework-agreement', '2023-06-10', '2023-06-11', 'changsha'],
      ['framework-agreement', '2022-11', null, null],
    ]);
    expect(a.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [4, 'agreement', 'exact'],
      [15200000000000, 'yuan', 'exact'],
      [12.6, 'percent', 'about'],
      [12, 'park', 'exact'],
      [300, 'project', 'more-than'],
      [200000000000, 'yuan', 'more-than'],
    ]);
  });

  it('Shaanxi, Gansu, Ningxia: 昨天, 陕甘宁三省区, and not the footer address', () => {
    const a = ingestText(NORTHWEST, 'northwest').annotation;
    expect(a.published).toBe('2021-11-03T16:20');
    expect(a.source.zh).toBe('陕西日报');
    expect(a.regions).toEqual(expect.arrayContaining(['shaanxi', 'gansu', 'ningxia', 'yinchuan']));
    expect(a.regions).not.toContain('xian');
    expect(a.events[0]).toMatchObject({ type: 'promotion', date: '2021-11-02', venue: 'yinchuan' });
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual(
      expect.arrayContaining([
        [260, 'enterprise'],
        [38050000000, 'yuan'],
        [50000, 'person'],
      ]),
    );
  });
});

describe('unseen and bad input', () => {
  it('drafts synthetic articles about other provinces, deterministically', () => {
    const [one, two] = synthArticles(2, 9);
    expect(synthArticles(2, 9)).toEqual([one, two]);
    for (const art of [one, two]) {
      if (!art) continue;
      const draft = ingestText(art.raw, art.id);
      expect(draft.problems).toEqual([]);
      expect(draft.annotation.regions.length).toBeGreaterThanOrEqual(2);
      expect(draft.annotation.events.length).toBeGreaterThanOrEqual(1);
      expect(draft.annotation.figures.map((f) => f.unit)).toEqual(
        expect.arrayContaining(['yuan', 'enterprise', 'percent']),
      );
      expect(draft.annotation.regions.some((r) => ['anhui', 'zhejiang'].includes(r))).toBe(false);
    }
  });

  it('finishes on 1 MB of random text with a bounded draft', () => {
    let s = 12345;
    const chars: string[] = [];
    const words = [
      '四川',
      '川渝',
      '签署',
      '协议',
      '峰会',
      '万亿元',
      '余家',
      '3月31日',
      '，',
      '。',
      '在',
      '举办',
      '%',
    ];
    while (chars.length < 1_000_000) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const r = s / 2 ** 32;
      chars.push(
        r < 0.55
          ? String.fromCharCode(0x4e00 + Math.floor(r * 36000))
          : r < 0.95
            ? (words[Math.floor(r * 97) % words.length] ?? '')
            : '\n',
      );
    }
    const draft = ingestText(chars.join(''), 'random');
    expect(draft.annotation.events.length).toBeLessThanOrEqual(100);
    expect(draft.annotation.figures.length).toBeLessThanOrEqual(200);
    expect(draft.annotation.published).toBe('1970-01-01');
    // A generous limit: this guards against a hang, it does not time the extractor.
  }, 120_000);
});
