import { afterEach, describe, expect, it, vi } from 'vitest';
import { outputText } from '../../../scripts/atlas/compile';
import { AtlasCoreFileSchema, type AtlasCoreFile } from '../../domain/compiledSchema';
import { detailAtlasFiles } from '../../testing/detailFiles';
import { AtlasLoadError } from '../problems';
import {
  addDetailSource,
  hasNoDetail,
  installDetailSources,
  loadArticleDetail,
  loadArticleDetails,
  peekDetail,
} from './registry';
import { filesSource } from './files';
import { memorySource } from './sources';

afterEach(() => vi.unstubAllGlobals());

/** The compiled files of the detail atlas, two articles per detail file, inlined as the single-file build does. */
function inlineAtlas(): AtlasCoreFile {
  const files = detailAtlasFiles();
  const table = Object.fromEntries(files.map((f) => [f.path, outputText(f)]));
  vi.stubGlobal('window', { __ATLAS_INLINE__: { files: table } });
  return AtlasCoreFileSchema.parse(JSON.parse(table['data/atlas.json'] ?? ''));
}

function source(core: AtlasCoreFile) {
  return filesSource({
    coreUrl: 'data/atlas.json',
    articleIds: core.articles.map((a) => a.id),
    ...core.detail,
    texts: core.texts,
  });
}

describe('the detail API', () => {
  it('reads an article from the detail file that holds it', async () => {
    const core = inlineAtlas();
    expect(core.detail.files.map((f) => f.path)).toEqual(['detail/000.json', 'detail/001.json']);
    installDetailSources([source(core)]);
    const details = await loadArticleDetails(['a3', 'a1']);
    expect(details.get('a3')).toEqual({
      id: 'a3',
      summary: { zh: '摘要2', en: 'Summary 2' },
      events: { e1: 'a3的引文' },
      figures: {},
    });
    expect(details.get('a1')?.events.e1).toBe('a1的引文');
    expect(peekDetail('a2')).toBeUndefined();
    expect(await loadArticleDetail('nope')).toBeNull();
    expect(hasNoDetail('nope')).toBe(true);
    expect(await source(core).text('a1')).toBeNull();
  });

  it('refuses a detail file that is not the one the core names', async () => {
    const core = inlineAtlas();
    const tampered = { path: 'detail/000.json', hash: `sha256-${'1'.repeat(64)}` };
    const wrong = { ...core, detail: { ...core.detail, files: [tampered] } };
    installDetailSources([source(wrong)]);
    const failure = await loadArticleDetails(['a1']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AtlasLoadError);
    expect(failure instanceof AtlasLoadError && failure.problem).toEqual({
      kind: 'detailMismatch',
      file: 'data/detail/000.json',
    });
  });

  it('serves articles kept in the browser first', async () => {
    installDetailSources([source(inlineAtlas())]);
    expect((await loadArticleDetail('a1'))?.summary.zh).toBe('摘要0');
    addDetailSource(
      memorySource([{ id: 'a1', summary: { zh: '本地', en: 'Local' }, events: {}, figures: {} }]),
    );
    expect(peekDetail('a1')).toBeUndefined();
    expect((await loadArticleDetail('a1'))?.summary.zh).toBe('本地');
    expect((await loadArticleDetail('a2'))?.summary.zh).toBe('摘要1');
  });
});
