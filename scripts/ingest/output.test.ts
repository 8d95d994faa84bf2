import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AnnotationSourceSchema } from '../../src/domain/schema';
import { draftYaml, refusal, writeAtomic } from './output';

const root = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  mkdirSync(join(dir, 'data/annotations'), { recursive: true });
  mkdirSync(join(dir, 'data/raw'), { recursive: true });
  return dir;
};

describe('writing drafts', () => {
  it('refuses to write beside a curated annotation or over another raw text', () => {
    const dir = root();
    expect(refusal(dir, 'a', 'text', (p) => p)).toBeNull();
    writeFileSync(join(dir, 'data/annotations/a.yaml'), 'id: a\n');
    expect(refusal(dir, 'a', 'text', (p) => p)).toMatch(/a\.yaml is curated; refusing/);
    writeFileSync(join(dir, 'data/raw/b.txt'), 'other');
    expect(refusal(dir, 'b', 'text', (p) => p)).toMatch(/already holds another text/);
    expect(refusal(dir, 'b', 'other', (p) => p)).toBeNull();
  });

  it('writes atomically and leaves no temporary file', () => {
    const dir = root();
    const path = join(dir, 'data/annotations/c.draft.yaml');
    writeAtomic(path, 'one');
    writeAtomic(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'data/annotations'))).toEqual(['c.draft.yaml']);
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it('serialises a draft that parses back with the schema', () => {
    const annotation = AnnotationSourceSchema.parse({
      id: 'd',
      status: 'draft',
      title: { zh: '标题', en: '[untranslated] 标题' },
      published: '2022-08-09',
      source: { zh: '某报', en: '[untranslated] 某报' },
      summary: { zh: '摘要', en: '[untranslated] 摘要' },
      regions: ['guangdong'],
      figures: [
        {
          id: 'yuan-1',
          metric: { zh: '投资', en: 'Investment' },
          value: 1e9,
          unit: 'yuan',
          asOf: '2022',
          regions: ['guangdong'],
          quote: '投资10亿元',
          confidence: 0.8,
        },
      ],
    });
    const text = draftYaml(annotation, 'in.txt');
    expect(text.startsWith('# DRAFT written by `npm run ingest` from in.txt')).toBe(true);
    expect(AnnotationSourceSchema.parse(parse(text))).toEqual(annotation);
  });
});
