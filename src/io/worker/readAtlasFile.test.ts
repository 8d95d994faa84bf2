import { describe, expect, it } from 'vitest';
import { compileAtlas } from '../../../scripts/atlas/compile';
import type { FullAtlas } from '../../domain/schema';
import { makeArticle, makeEvent, REGIONS } from '../../testing/fixtures';
import { AtlasLoadError, type LoadProblem } from '../problems';
import { readAtlasFile } from './readAtlasFile';

const full: FullAtlas = {
  version: 1,
  dataDate: '2016-09-28',
  regions: REGIONS,
  sectors: [{ id: 'tourism', name: { zh: '旅游', en: 'Tourism' } }],
  articles: [{ ...makeArticle(), summary: { zh: '摘要', en: 'Summary' } }],
  events: [{ ...makeEvent(), quote: '座谈会在成都举行' }],
  figures: [],
};

const bytes = (text: string) => ({ bytes: new TextEncoder().encode(text), text: null });

function coreText(): string {
  const files = compileAtlas(full, null, {
    corePath: 'data/atlas.json',
    detailDir: 'detail',
    textsDir: null,
    pretty: true,
  });
  return files.find((f) => f.path === 'data/atlas.json')?.content ?? '';
}

async function problemOf(text: string): Promise<LoadProblem> {
  try {
    await readAtlasFile('x.json', bytes(text));
  } catch (error) {
    if (error instanceof AtlasLoadError) return error.problem;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('reading an atlas file in the worker', () => {
  it('trusts the bytes the writer sealed, untouched', async () => {
    const text = coreText();
    const read = await readAtlasFile('data/atlas.json', bytes(text));
    expect(read.trusted).toBe(true);
    expect(read.core).toBe(text);
    expect(read.details).toBeNull();
  });

  it('validates a sealed file that was changed since, and keeps the change', async () => {
    const text = coreText().replace('"Forum"', '"Forum, edited by hand"');
    const read = await readAtlasFile('data/atlas.json', bytes(text));
    expect(read.trusted).toBe(false);
    expect(read.core).toContain('Forum, edited by hand');
  });

  it('splits a format 1 file into the core and the detail it keeps', async () => {
    const read = await readAtlasFile('old.json', bytes(JSON.stringify(full)));
    expect(read.trusted).toBe(false);
    expect(read.core).not.toContain('座谈会在成都举行');
    expect(read.details).toEqual([
      {
        id: 'a1',
        summary: { zh: '摘要', en: 'Summary' },
        events: { e1: '座谈会在成都举行' },
        figures: {},
      },
    ]);
  });

  it('names the record and the field of each schema problem, in both languages', async () => {
    const damaged = {
      ...full,
      events: [
        { ...full.events[0], parties: [] },
        { ...full.events[0], id: 'e2', title: 7 },
      ],
    };
    const problem = await problemOf(JSON.stringify(damaged));
    expect(problem.kind).toBe('schema');
    if (problem.kind !== 'schema') return;
    expect(problem.total).toBe(2);
    expect(problem.issues[0]).toEqual({
      record: { list: 'events', index: 0, id: 'e1', article: 'a1' },
      field: 'parties',
      message: { en: 'must name at least one party', zh: '应至少列出一个参与方' },
    });
    expect(problem.issues[1]?.record).toMatchObject({ list: 'events', index: 1, id: 'e2' });
    expect(problem.issues[1]?.field).toBe('title');
    expect(problem.issues[1]?.message.en).toMatch(/expected object/);
    expect(problem.issues[1]?.message.zh).toMatch(/期望/);
  });

  it('says what a file is when it is no atlas', async () => {
    expect(await problemOf('<!doctype html><html></html>')).toMatchObject({
      kind: 'notJson',
      webPage: true,
    });
    expect(await problemOf('{"version": 1, "regions": [')).toMatchObject({
      kind: 'notJson',
      webPage: false,
    });
    expect(await problemOf('{"version": 3}')).toEqual({
      kind: 'format',
      file: 'x.json',
      found: '3',
    });
    expect(await problemOf('[1, 2]')).toEqual({ kind: 'format', file: 'x.json', found: null });
  });
});
