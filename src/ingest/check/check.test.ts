import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AnnotationSourceSchema } from '../../domain/schema';
import { normalizeArticle } from '../../domain/text/normalize';
import { problemText } from '../../i18n/checkText';
import { GAZETTEER_PATH, GazetteerSchema, lexiconOf } from '../gazetteer';
import type { CheckContext } from '.';
import { checkAnnotation, regionsNamed } from '.';
import { yamlProblem } from './yaml';

const ROOT = join(import.meta.dirname, '../../..');
const ID = '000_655edb8ce8c911e2';
const lexicon = lexiconOf(
  GazetteerSchema.parse(JSON.parse(readFileSync(join(ROOT, GAZETTEER_PATH), 'utf8'))),
);
const clean = normalizeArticle(readFileSync(join(ROOT, `data/raw/${ID}.txt`), 'utf8')).clean;
const ctx: CheckContext = {
  regions: lexicon.regions,
  sectorIds: new Set(lexicon.sectors.map((s) => s.id)),
  clean,
  named: regionsNamed(clean, lexicon),
  rawPath: `data/raw/${ID}.txt`,
};
type Plain = Record<string, unknown> & {
  events: Record<string, unknown>[];
  figures: Record<string, unknown>[];
};
const curated = (): Plain => {
  const n = AnnotationSourceSchema.parse(
    parse(readFileSync(join(ROOT, `data/annotations/${ID}.yaml`), 'utf8')),
  );
  return {
    ...n,
    events: n.events.map((e) => ({ ...e })),
    figures: n.figures.map((f) => ({ ...f })),
  };
};
const check = (a: unknown) => checkAnnotation(a, ID, ctx).problems;
const en = (a: unknown) => check(a).map((p) => `${p.path.join('.')}: ${problemText('en', p)}`);

describe('checkAnnotation', () => {
  it('passes the curated seed annotation', () => {
    expect(check(curated())).toEqual([]);
  });

  it('refuses a draft: its status, its extraction block and untranslated English', () => {
    const a = curated();
    a.status = 'draft';
    a.title = { zh: '标题', en: '[untranslated] 标题' };
    a.events[0] = { ...a.events[0], title: { zh: '座谈会', en: '[untranslated] 座谈会' } };
    a.extraction = {
      tool: 'npm run ingest',
      ...Object.fromEntries(
        ['title', 'published', 'source'].map((k) => [k, { confidence: 1, quote: '' }]),
      ),
      regions: [],
      sectors: [],
      candidates: [],
      ignored: [],
      review: [],
    };
    expect(check(a).map((p) => [p.path.join('.'), p.code])).toEqual([
      ['status', 'isDraft'],
      ['extraction', 'extractionBlock'],
      ['title.en', 'untranslated'],
      ['events.0.title.en', 'untranslated'],
    ]);
  });

  it('suggests the region the text names for a real id of another province', () => {
    const a = curated();
    a.regions = ['sichuan', 'zhejiang', 'aba', 'chengde'];
    a.events[0] = { ...a.events[0], venue: 'chengde' };
    const [first] = check(a);
    expect(first && problemText('en', first)).toBe(
      'region "chengde" (承德市) is not named anywhere in the article\'s text: did you mean "chengdu" (成都市)?',
    );
    expect(first && problemText('zh', first)).toBe(
      '地区“chengde”（承德市）在文章正文中从未出现：是不是“chengdu”（成都市）？',
    );
    expect(en(a)).toContain(
      'events.0.venue: region "chengde" (承德市) is not named anywhere in the article\'s text: did you mean "chengdu" (成都市)?',
    );
  });

  it('refuses an event party that is not one of the article’s regions', () => {
    const a = curated();
    a.regions = ['sichuan', 'zhejiang', 'chengdu'];
    expect(en(a)).toEqual([
      'events.0.parties.2: "aba" is a party but not one of the article\'s regions: add it to regions, or remove it here',
    ]);
  });

  it('names how a quote differs from the nearest sentence', () => {
    const quoteOf = (q: string) => {
      const a = curated();
      a.events[0] = { ...a.events[0], quote: q };
      const [p] = check(a);
      return p && [p.code, p.params.found, p.params.expected];
    };
    expect(quoteOf('为落实川浙两省合作框架协议,促进浙江企业对口支援四川省阿坝州产业发展')).toEqual([
      'quoteHalfWidth',
      ',',
      '，',
    ]);
    expect(quoteOf('由省經信委組織召開的川浙經貿合作交流座談會在成都舉行')).toEqual([
      'quoteTraditional',
      '經',
      '经',
    ]);
    expect(quoteOf('由省经信委组织召开的川浙经贸合作交流座谈会在在成都举行')).toEqual([
      'quoteExtra',
      '在',
      '',
    ]);
    // Spaces and line breaks never make a quote differ.
    expect(quoteOf('由省经信委 组织召开的川浙经贸合作交流座谈会\n在成都举行')).toBeUndefined();
  });

  it('words a missing field and a number written with its unit', () => {
    const a = curated();
    a.figures[0] = { ...a.figures[0], value: '86.5亿' };
    delete a.events[0]?.quote;
    const problems = check(a);
    expect(problems.map((p) => [p.path.join('.'), p.code, p.params])).toEqual([
      ['events.0.quote', 'required', { field: 'quote' }],
      ['figures.0.value', 'numberWithUnit', { text: '86.5亿', value: 8650000000 }],
    ]);
    expect(problems.map((p) => problemText('en', p))).toEqual([
      '"quote" is missing: add it',
      '"86.5亿" is text, not a number: write 8650000000 and put the unit in "unit"',
    ]);
    expect(problems.map((p) => problemText('zh', p))[1]).toBe(
      '“86.5亿”是文字而不是数字：请写成 8650000000，单位写在 unit 字段',
    );
  });
});

describe('yamlProblem', () => {
  it('words the first syntax error of a one-space slip on one line', () => {
    const text = 'events:\n  - id: a\n    type: forum\n     date: 2020\n';
    const p = yamlProblem(
      [
        {
          code: 'BAD_INDENT',
          message: 'All mapping items must start at the same column',
          line: 4,
          col: 6,
        },
        {
          code: 'BAD_INDENT',
          message: 'All mapping items must start at the same column',
          line: 5,
          col: 1,
        },
      ],
      text,
    );
    expect(p && [p.line, p.more, problemText('en', p.problem)]).toEqual([
      4,
      1,
      'YAML syntax: the indentation of line 4 does not match the lines around it ("date: 2020"): the fields of one record start in the same column, and so do the "- " of one list',
    ]);
  });
});
