import { describe, expect, it } from 'vitest';
import type { LoadProblem } from '../domain/loadProblem';
import { loadProblemMessage, loadProblemText } from './loadProblem';

const PROBLEMS: readonly LoadProblem[] = [
  { kind: 'network', file: 'data/atlas.json' },
  { kind: 'http', file: 'nope.json', status: 404, statusText: 'File not found' },
  { kind: 'http', file: 'x.json', status: 502, statusText: 'Bad Gateway' },
  { kind: 'notJson', file: 'x.json', bytes: 120, webPage: false },
  { kind: 'notJson', file: 'x.json', bytes: 1601, webPage: true },
  { kind: 'format', file: 'x.json', found: '3' },
  { kind: 'format', file: 'x.json', found: null },
  {
    kind: 'schema',
    file: 'mine.json',
    total: 9,
    issues: [
      {
        record: { list: 'events', index: 12, id: 'e1', article: '004_x' },
        field: 'parties',
        message: { zh: '应至少列出一个参与方', en: 'must name at least one party' },
      },
      { record: null, field: 'dataDate', message: { zh: '期望字符串', en: 'expected string' } },
    ],
  },
  { kind: 'packAlone', file: 'big.json', pack: 'big.pack' },
  { kind: 'detailMismatch', file: 'data/detail/000.json' },
  { kind: 'worker', reason: 'blocked' },
  { kind: 'unexpected', reason: 'boom' },
];

// Letters that make an English word (file names, HTTP, npm run data and data= aside).
const ENGLISH_WORD =
  /\b(?!HTTP\b|npm\b|run\b|data\b|JSON\b|synth\b|Chrome\b|Edge\b|Firefox\b)[A-Za-z]{3,}\b/;

describe('load problems in words', () => {
  it.each(PROBLEMS)('$kind reads in Chinese and in English, with the file and a fix', (p) => {
    const zh = loadProblemText(p, 'zh');
    const en = loadProblemText(p, 'en');
    for (const text of [zh, en]) {
      expect([text.what, text.fix, ...text.issues].join(' ')).not.toMatch(/\{\w+\}/);
      if ('file' in p) expect(text.what).toContain(p.file);
      expect(text.fix.length).toBeGreaterThan(10);
    }
    // File names, field names and the browser's own reasons are quoted as they are.
    const names = [
      ...('file' in p ? [p.file] : []),
      ...('pack' in p ? [p.pack] : []),
      ...(p.kind === 'schema' ? p.issues.map((i) => i.field) : []),
    ];
    const strip = (s: string) => names.reduce((out, n) => out.replaceAll(n, ''), s);
    expect(
      strip([zh.what, zh.fix, ...zh.issues].join(' '))
        .replace(/reason|boom|blocked/g, '')
        .replace(/npm run [\w:]+/g, ''),
    ).not.toMatch(ENGLISH_WORD);
    expect([en.what, en.fix, ...en.issues].join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the record and the field of a schema problem', () => {
    const schema = PROBLEMS.find((p) => p.kind === 'schema');
    if (!schema) throw new Error('no schema problem');
    expect(loadProblemText(schema, 'zh').issues).toEqual([
      '合作事件第 13 条（id “e1”）（报道 004_x），字段 parties：应至少列出一个参与方',
      '字段 dataDate：期望字符串',
      '……另有 7 处未列出。',
    ]);
    expect(loadProblemText(schema, 'en').issues[0]).toBe(
      'events no. 13 (id "e1") (article 004_x), field parties: must name at least one party',
    );
  });

  it('gives automation one English message', () => {
    expect(loadProblemMessage(PROBLEMS[1] ?? { kind: 'unexpected', reason: '' })).toMatch(
      /HTTP 404 \(not found\) for the file nope\.json/,
    );
  });
});
