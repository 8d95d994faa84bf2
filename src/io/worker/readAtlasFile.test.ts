import { describe, expect, it } from 'vitest';
import { compileAtlas, outputText } from '../../../scripts/atlas/compile';
import type { FullAtlas } from '../../domain/schema';
import { makeArticle, makeEvent, REGIONS } from '../../testing/fixtures';
import { AtlasLoadError, type LoadProblem } from '../problems';
import { unpackJson } from '../unpackJson';
import { readAtlasFile, type SiblingReader } from './readAtlasFile';

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

function compiled(packFromBytes?: number) {
  return compileAtlas(full, null, {
    corePath: 'data/atlas.json',
    detailDir: 'detail',
    textsDir: null,
    pretty: true,
    packFromBytes,
  });
}

function coreText(): string {
  return outputText(compiled().find((f) => f.path === 'data/atlas.json'));
}

/** A core written with its pack, and a reader of the files next to it. */
function withPack() {
  const files = compiled(0);
  const text = outputText(files.find((f) => f.path === 'data/atlas.json'));
  const pack = files.find((f) => f.path === 'data/atlas.pack')?.content;
  if (!(pack instanceof Uint8Array)) throw new Error('no pack written');
  const asked: string[] = [];
  const sibling = (bytes: Uint8Array<ArrayBuffer> | null) => (path: string) => {
    asked.push(path);
    return bytes ? Promise.resolve({ bytes, text: null }) : Promise.reject(new Error('404'));
  };
  return { text, pack: new Uint8Array(pack), asked, sibling };
}

const read = (text: string, sibling: SiblingReader | null = null) =>
  readAtlasFile('data/atlas.json', bytes(text), sibling);

async function problemAt(reading: Promise<unknown>): Promise<LoadProblem> {
  try {
    await reading;
  } catch (error) {
    return error instanceof AtlasLoadError
      ? error.problem
      : { kind: 'unexpected', reason: String(error) };
  }
  throw new Error('the file was accepted');
}

const problemOf = (text: string) => problemAt(readAtlasFile('x.json', bytes(text), null));

describe('reading an atlas file in the worker', () => {
  it('trusts the bytes the writer sealed, untouched', async () => {
    const text = coreText();
    const file = await read(text);
    expect(file.trusted).toBe(true);
    expect(unpackJson(file.core)).toStrictEqual(JSON.parse(text));
    expect(file.details).toBeNull();
  });

  it('validates a sealed file that was changed since, and keeps the change', async () => {
    const text = coreText().replace('"Forum"', '"Forum, edited by hand"');
    const file = await read(text);
    expect(file.trusted).toBe(false);
    expect(JSON.stringify(unpackJson(file.core))).toContain('Forum, edited by hand');
  });

  it('reads a large atlas from the pack its core points to: the same values, no JSON', async () => {
    const { text, pack, asked, sibling } = withPack();
    expect(JSON.parse(text)).toMatchObject({ version: 3, packed: { path: 'atlas.pack' } });
    const file = await read(text, sibling(pack));
    expect(asked).toEqual(['atlas.pack']);
    expect(file.trusted).toBe(true);
    // The format 2 core the pack holds (its hash the placeholder: the pointer seals it).
    const small: unknown = JSON.parse(coreText());
    expect(unpackJson(file.core)).toStrictEqual({
      ...(small as object),
      hash: `sha256-${'0'.repeat(64)}`,
    });
  });

  it('refuses a pack that is not the one its core names, naming the pack', async () => {
    const { text, pack, sibling } = withPack();
    const other = pack.slice();
    other.set([(other.at(-2) ?? 0) ^ 1], other.length - 2);
    expect(await problemAt(read(text, sibling(other)))).toEqual({
      kind: 'detailMismatch',
      file: 'atlas.pack',
    });
    expect(await problemAt(read(text, sibling(null)))).toMatchObject({ kind: 'unexpected' });
  });

  it('says a picked core of a large atlas needs its pack', async () => {
    const { text } = withPack();
    expect(await problemAt(read(text, null))).toEqual({
      kind: 'packAlone',
      file: 'data/atlas.json',
      pack: 'atlas.pack',
    });
  });

  it('validates the pack of a core that was changed since', async () => {
    const { text, pack, sibling } = withPack();
    const edited = text.replace('"version":', '"version" :');
    const file = await read(edited, sibling(pack));
    expect(file.trusted).toBe(false);
    expect(JSON.stringify(unpackJson(file.core))).toContain('"Forum"');
  });

  it('splits a format 1 file into the core and the detail it keeps', async () => {
    const file = await readAtlasFile('old.json', bytes(JSON.stringify(full)), null);
    expect(file.trusted).toBe(false);
    expect(JSON.stringify(unpackJson(file.core))).not.toContain('座谈会在成都举行');
    expect(file.details).toEqual([
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
    expect(await problemOf('{"version": 4}')).toEqual({
      kind: 'format',
      file: 'x.json',
      found: '4',
    });
    expect(await problemOf('{"version": 3}')).toMatchObject({ kind: 'schema', file: 'x.json' });
    expect(await problemOf('[1, 2]')).toEqual({ kind: 'format', file: 'x.json', found: null });
  });
});
