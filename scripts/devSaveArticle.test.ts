import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './geo/sources';
import { saveArticle } from './devSaveArticle';

const root = mkdtempSync(join(tmpdir(), 'atlas-dev-save-'));
cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const raw = readFileSync(join(ROOT, 'e2e/fixtures/author/shiyan-ningbo.txt'), 'utf8');
const yaml = (quote: string) =>
  [
    'id: shiyan-ningbo',
    'status: curated',
    'title: { zh: 十堰宁波签署产业协作框架协议, en: Shiyan and Ningbo sign a framework agreement }',
    "published: '2024-06-12T18:05:21'",
    'source: { zh: 十堰日报, en: Shiyan Daily }',
    'summary: { zh: 十堰市与宁波市签署产业协作框架协议。, en: Shiyan and Ningbo signed an agreement. }',
    'regions: [shiyan, ningbo]',
    'events:',
    '  - id: agreement',
    '    type: framework-agreement',
    '    title: { zh: 十堰市 宁波市产业协作框架协议, en: Shiyan–Ningbo framework agreement }',
    "    date: '2024-06-12'",
    '    parties: [shiyan, ningbo]',
    `    quote: ${quote}`,
    '',
  ].join('\n');

describe('the dev server writing an article into data/', () => {
  it('refuses what npm run data would refuse, naming the file and the field', () => {
    const { status, answer } = saveArticle(root, {
      id: 'shiyan-ningbo',
      raw,
      yaml: yaml('两市签署了一份协议'),
    });
    expect(status).toBe(422);
    expect(answer).toMatchObject({ ok: false });
    expect(!answer.ok && answer.detail).toContain('data/annotations/shiyan-ningbo.yaml');
    expect(!answer.ok && answer.detail).toContain('quote');
    expect(existsSync(join(root, 'data/annotations/shiyan-ningbo.yaml'))).toBe(false);
  });

  it('writes the raw text and the annotation, and never overwrites them', () => {
    const body = {
      id: 'shiyan-ningbo',
      raw,
      yaml: yaml('两市签署《十堰市 宁波市产业协作框架协议》'),
    };
    expect(saveArticle(root, body)).toEqual({
      status: 200,
      answer: {
        ok: true,
        files: ['data/raw/shiyan-ningbo.txt', 'data/annotations/shiyan-ningbo.yaml'],
      },
    });
    expect(readFileSync(join(root, 'data/raw/shiyan-ningbo.txt'), 'utf8')).toBe(raw);
    expect(saveArticle(root, body).status).toBe(409);
  });

  it('refuses ids that are not file names', () => {
    expect(saveArticle(root, { id: '../../etc/passwd', raw, yaml: 'x' }).status).toBe(400);
  });
});
