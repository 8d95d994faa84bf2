import { afterEach, describe, expect, it, vi } from 'vitest';
import { outputText } from '../../../scripts/atlas/compile';
import { detailAtlasFiles } from '../../testing/detailFiles';
import { AtlasLoadError } from '../problems';
import { heldDetail } from './heldDetail';

afterEach(() => vi.unstubAllGlobals());

const CORE_URL = 'https://atlas.example/office/data/atlas.json';

/**
 * The compiled files of the detail atlas (two articles per detail file) served at `CORE_URL`'s
 * folder, `change` applied to each; returns the core and the URLs fetched.
 */
function serve(change = (_path: string, text: string) => text) {
  const files = detailAtlasFiles();
  const fetched: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url);
    const path = url.replace('https://atlas.example/office/', '');
    const file = files.find((f) => f.path === path);
    return Promise.resolve(
      file
        ? new Response(change(path, outputText(file)))
        : new Response('File not found', { status: 404, statusText: 'Not Found' }),
    );
  });
  const coreFile = files.find((f) => f.path === 'data/atlas.json');
  if (!coreFile) throw new Error('no core file compiled');
  const core: unknown = JSON.parse(outputText(coreFile));
  return { core, fetched };
}

describe("the atlas worker's detail", () => {
  it('reads the detail files beside a core it fetched, and only those it needs', async () => {
    const { core, fetched } = serve();
    const held = heldDetail('data/atlas.json', { kind: 'url', url: CORE_URL }, core, null);
    expect(held.held).toBe('files');
    const details = await held.details(['a3', 'nope']);
    expect(details).toEqual([
      {
        id: 'a3',
        summary: { zh: '摘要2', en: 'Summary 2' },
        events: { e1: 'a3的引文' },
        figures: {},
      },
    ]);
    // The second file holds a3; the worker fetched it by its absolute URL.
    expect(fetched).toEqual(['https://atlas.example/office/data/detail/001.json']);
  });

  it("names a detail file that is not this atlas's as the page names it", async () => {
    const { core } = serve((path, text) =>
      path.endsWith('000.json') ? text.replace('摘要0', '摘要X') : text,
    );
    const held = heldDetail('data/atlas.json', { kind: 'url', url: CORE_URL }, core, null);
    const failure = await held.details(['a1']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AtlasLoadError);
    expect(failure instanceof AtlasLoadError && failure.problem).toEqual({
      kind: 'detailMismatch',
      file: 'data/detail/000.json',
    });
    // The other file still reads.
    expect((await held.details(['a3'])).map((d) => d.id)).toEqual(['a3']);
  });

  it('answers from the records a format 1 file carried, and holds nothing for a picked file', async () => {
    const { core, fetched } = serve();
    const carried = [{ id: 'a1', summary: { zh: '文', en: 'Text' }, events: {}, figures: {} }];
    const records = heldDetail('mine.json', { kind: 'url', url: CORE_URL }, core, carried);
    expect(records.held).toBe('records');
    expect(await records.details(['a1', 'a2'])).toEqual(carried);
    const picked = heldDetail('mine.json', { kind: 'blob', blob: new Blob(['{}']) }, core, null);
    expect(picked.held).toBe('none');
    expect(await picked.details(['a1'])).toEqual([]);
    expect(fetched).toEqual([]);
  });
});
