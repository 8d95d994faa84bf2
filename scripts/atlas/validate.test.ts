import { describe, expect, it } from 'vitest';
import { buildAtlas } from './build';
import { stringify } from 'yaml';
import {
  RAW_A,
  RAW_B,
  annotationA,
  annotationB,
  makeSources,
  type AnnotationDraft,
  type FixtureOptions,
} from './fixtures';

function problemsOf(o: FixtureOptions): string[] {
  const r = buildAtlas(makeSources(o));
  if (r.ok) throw new Error('expected the build to fail');
  return r.problems;
}

/** Problems after mutating article A. */
function withA(mutate: (a: AnnotationDraft) => void): string[] {
  const a = annotationA();
  mutate(a);
  return problemsOf({ annotations: [a, annotationB()] });
}

const A = 'data/annotations/000_a.yaml';

describe('buildAtlas problems name the file, the record and the field', () => {
  it('reports a quote that is not in the article', () => {
    const problems = withA((a) => {
      a.events[1] = { ...a.events[1], quote: '浙江企业对口支援西藏自治区的产业发展和民生改善' };
    });
    expect(problems).toEqual([
      `${A} › events[1] (id "aid") › quote: not found in the normalised text of article 000_a: "浙江企业对口支援西藏自治区的产业发展和民生改善"; the nearest sentence is "为落实川浙两省合作框架协议，促进浙江企业对口支援四川省阿坝州产业发展，昨日，座谈…", which has "四川省阿坝州" where the quote has "西藏自治区的"`,
    ]);
  });

  it('truncates long quotes to 30 characters and matches quotes across whitespace', () => {
    const long =
      '为落实川浙两省合作框架协议，促进浙江企业对口支援四川省阿坝州产业发展，昨日，座谈会在成都召开';
    expect(withA((a) => (a.figures[0] = { ...a.figures[0], quote: long }))[0]).toBe(
      `${A} › figures[0] (id "projects") › quote: not found in the normalised text of article 000_a: "${[...long].slice(0, 30).join('')}…"; the nearest sentence is "${[...long].slice(0, 40).join('')}…", which does not have the quote's "召开"`,
    );
    expect(
      buildAtlas(
        makeSources({
          annotations: [
            (() => {
              const a = annotationA();
              a.events[0] = { ...a.events[0], quote: '座谈会 在成都\n举行' };
              return a;
            })(),
            annotationB(),
          ],
        }),
      ).ok,
    ).toBe(true);
  });

  it('reports unknown region ids wherever they appear', () => {
    const problems = withA((a) => {
      a.regions = ['sichuan', 'zhejaing'];
      a.events[0] = { ...a.events[0], venue: 'chengdou', parties: ['sichuan', 'hunan'] };
      a.events[1] = { ...a.events[1], direction: { from: 'zhejiang', to: 'abba' } };
      a.figures[0] = { ...a.figures[0], regions: ['xizang'] };
    });
    const notRegion = (id: string) =>
      `"${id}" is a party but not one of the article's regions: add it to regions, or remove it here`;
    expect(problems).toEqual([
      `${A} › regions[1]: unknown region "zhejaing": did you mean "zhejiang"?`,
      `${A} › events[0] (id "forum") › parties[1]: unknown region "hunan"`,
      `${A} › events[0] (id "forum") › venue: unknown region "chengdou": did you mean "chengdu"?`,
      `${A} › events[1] (id "aid") › parties[0]: ${notRegion('zhejiang')}`,
      `${A} › events[1] (id "aid") › parties[1]: ${notRegion('aba')}`,
      `${A} › events[1] (id "aid") › direction.to: unknown region "abba": did you mean "aba"?`,
      `${A} › figures[0] (id "projects") › regions[0]: unknown region "xizang"`,
    ]);
  });

  it('reports unknown sectors, duplicate ids, directions outside the parties and reversed date ranges', () => {
    const problems = withA((a) => {
      a.sectors = ['tourism', 'space'];
      a.events[1] = { ...a.events[1], id: 'forum', direction: { from: 'sichuan', to: 'aba' } };
      a.events[0] = { ...a.events[0], endDate: '2016-09-26', sectors: ['mining'] };
    });
    expect(problems).toEqual([
      `${A} › sectors[1]: unknown sector "space"`,
      `${A} › events[1] (id "forum") › id: duplicate event id (first at events[0])`,
      `${A} › events[0] (id "forum") › endDate: 2016-09-26 is before date 2016-09-27`,
      `${A} › events[0] (id "forum") › sectors[0]: unknown sector "mining"`,
      `${A} › events[1] (id "forum") › direction.from: "sichuan" must be one of the parties`,
    ]);
  });

  it('reports schema errors with the record and field', () => {
    const problems = withA((a) => {
      a.events[0] = { ...a.events[0], date: '2016-02-30' };
      a.figures[0] = { ...a.figures[0], unit: 'furlong', venue: 'x' };
      a.published = 'yesterday';
    });
    expect(problems).toEqual([
      `${A} › published: must be YYYY-MM-DD[THH:MM[:SS]]`,
      `${A} › events[0] (id "forum") › date: is not a real calendar day`,
      expect.stringMatching(
        /^data\/annotations\/000_a\.yaml › figures\[0\] \(id "projects"\) › unit: /,
      ),
      expect.stringMatching(
        /^data\/annotations\/000_a\.yaml › figures\[0\] \(id "projects"\) › venue: unknown field/,
      ),
    ]);
  });

  it('reports YAML syntax errors with line and column, and an id that differs from the file name', () => {
    const problems = problemsOf({
      annotationText: {
        '002_c.yaml': 'id: 002_c\ntitle: [unclosed\nsummary: x\n',
        '003_d.yaml': stringify({ ...annotationB(), id: '003_e' }),
      },
      raw: { '000_a': RAW_A, '001_b': RAW_B, '002_c': 'z', '003_d': RAW_B },
    });
    expect(problems).toEqual([
      expect.stringMatching(/^data\/annotations\/002_c\.yaml:3:1 › YAML syntax: \S/),
      'data/annotations/003_d.yaml › id: "003_e" must equal the file name "003_d"',
    ]);
  });

  it('refuses an unreviewed draft saved as <id>.yaml, naming each thing to review', () => {
    const problems = withA((a) => {
      a.status = 'draft';
      a.summary = { zh: '川浙座谈会。', en: '[untranslated] 川浙座谈会。' };
    });
    expect(problems).toEqual([
      `${A} › status: status is "draft": review every item, then write status: curated`,
      `${A} › summary.en: still says "[untranslated]": write the English`,
    ]);
  });

  it('reports a one-space slip in YAML as one line with its line number and the fix', () => {
    const text = stringify(annotationA()).replace('  - id: aid', '   - id: aid');
    const problems = problemsOf({
      annotationText: { '002_c.yaml': text.replace('id: 000_a', 'id: 002_c') },
      raw: { '000_a': RAW_A, '001_b': RAW_B, '002_c': RAW_A },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^data\/annotations\/002_c\.yaml:\d+:\d+ › YAML syntax: the indentation of line \d+ does not match the lines around it \("- id: aid"\)/,
    );
  });

  it('reports an alias to no anchor as a problem of its file, not a crash', () => {
    const problems = problemsOf({
      annotationText: { '002_c.yaml': 'id: 002_c\ntitle: *nowhere\n' },
      raw: { '000_a': RAW_A, '001_b': RAW_B, '002_c': 'z' },
    });
    expect(problems).toEqual([
      expect.stringMatching(/^data\/annotations\/002_c\.yaml › YAML: Unresolved alias/),
    ]);
  });

  it('reports a missing raw file and collects problems from every file', () => {
    const problems = problemsOf({ raw: { '000_a': RAW_A } });
    expect(problems).toContain(
      'data/annotations/001_b.yaml › id: no raw text: data/raw/001_b.txt is missing',
    );
  });

  it('reports gazetteer problems and regions without label points', () => {
    const regions = `- { id: sichuan, code: '510000', name: { zh: 四川省, en: Sichuan }, level: province, parent: null }
- { id: sichuan, code: '510100', name: { zh: 成都市, en: Chengdu }, level: prefecture, parent: sichaun }
`;
    expect(problemsOf({ regions, annotations: [] })).toEqual([
      'data/regions.yaml › [1] (id "sichuan") › id: duplicate region id (first at [0])',
      'data/regions.yaml › [1] (id "sichuan") › parent: unknown region "sichaun"',
      'data/geo/points.json › "aba": not in data/regions.yaml; run npm run geo',
      'data/geo/points.json › "chengdu": not in data/regions.yaml; run npm run geo',
      'data/geo/points.json › "zhejiang": not in data/regions.yaml; run npm run geo',
    ]);
    expect(
      problemsOf({ points: { sichuan: { point: [102.7, 30.6], hasPolygon: true } } }),
    ).toContain(
      'data/geo/points.json › "aba": no label point for this region of data/regions.yaml; run npm run geo',
    );
    expect(problemsOf({ points: null })).toEqual([
      'data/geo/points.json: missing; run npm run geo',
    ]);
  });
  it('keeps checking articles when the gazetteer or a file is broken', () => {
    const a = annotationA();
    a.figures[0] = { ...a.figures[0], quote: '浙企在川合作项目共有886个' };
    const problems = problemsOf({ regions: '- { id: sichuan\n', annotations: [a, annotationB()] });
    expect(problems).toEqual([
      expect.stringMatching(/^data\/regions\.yaml:2:1 › YAML syntax: /),
      `${A} › figures[0] (id "projects") › quote: not found in the normalised text of article 000_a: "浙企在川合作项目共有886个"; the nearest sentence is "浙企在川合作项目共有885个。", which has "5" where the quote has "6"`,
    ]);
  });
});
