import { describe, expect, it } from 'vitest';
import { AtlasCoreFileSchema, DetailFileSchema } from '../../src/domain/compiledSchema';
import { ArticleTextSchema } from '../../src/domain/schema';
import { buildAtlas } from './build';
import { compileAtlas, outputText } from './compile';
import { readCompiledWith, readOutputs } from './readCompiled';
import { annotationA, annotationB, makeSources } from './fixtures';

describe('buildAtlas on a valid fixture', () => {
  it('builds the core, its detail file and one text file per article', () => {
    const r = buildAtlas(makeSources());
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.summary).toEqual({ articles: 2, events: 3, figures: 1, regions: 4 });
    expect(r.outputs.map((o) => o.path)).toEqual([
      'public/data/articles/000_a.json',
      'public/data/articles/001_b.json',
      'public/data/atlas.json',
      'public/data/detail/000.json',
    ]);
    const atlas = AtlasCoreFileSchema.parse(JSON.parse(outputText(r.outputs[2])));
    expect(atlas.dataDate).toBe('2016-09-28');
    expect(atlas.regions.map((x) => x.code)).toEqual(['330000', '510000', '510100', '513200']);
    expect(atlas.sectors.map((s) => s.id)).toEqual(['tourism', 'equipment-manufacturing']);
    expect(atlas.articles.map((a) => a.id)).toEqual(['001_b', '000_a']);
    expect(atlas.articles[0]).not.toHaveProperty('events');
    expect(atlas.articles[0]).not.toHaveProperty('summary');
    // Year-only dates after the dated events of their year, as the index orders them.
    expect(atlas.events.map((e) => `${e.date} ${e.article} ${e.id}`)).toEqual([
      '2014-04 001_b zone',
      '2016-09-27 000_a forum',
      '2016 000_a aid',
    ]);
    expect(atlas.events[0]).not.toHaveProperty('quote');
    expect(atlas.detail).toEqual({
      perFile: 200,
      files: [{ path: 'detail/000.json', hash: expect.stringMatching(/^sha256-[0-9a-f]{64}$/) }],
    });
    expect(atlas.texts).toBe('articles');
    const detail = DetailFileSchema.parse(JSON.parse(outputText(r.outputs[3])));
    expect(detail.articles.map((d) => d.id)).toEqual(['001_b', '000_a']);
    expect(detail.articles[1]?.events.forum).toContain('座谈会');
    expect(atlas.figures[0]).toMatchObject({
      article: '000_a',
      id: 'projects',
      qualifier: 'exact',
    });
    expect(atlas.regions.find((x) => x.id === 'aba')).toMatchObject({
      point: [102.5, 32.2],
      hasPolygon: true,
    });

    // Read back: hashes check out and every quote is where it was.
    const files = new Map(r.outputs.map((o) => [o.path, outputText(o)]));
    const { full } = readCompiledWith('public/data/atlas.json', (p) => files.get(p) ?? '');
    expect(full.events.find((e) => e.id === 'forum')?.quote).toContain('座谈会');
    expect(full.articles.map((a) => a.summary.zh.length > 0)).toEqual([true, true]);

    const text = ArticleTextSchema.parse(JSON.parse(outputText(r.outputs[0])));
    expect(text.original).toContain('Copyright');
    expect(text.clean).not.toContain('Copyright');
    expect(text.clean).toContain('座谈会在成都举行');
  });

  it('is byte-identical across runs and independent of file and key order', () => {
    const first = buildAtlas(makeSources());
    const shuffled = annotationA();
    const reordered = Object.fromEntries(Object.entries(shuffled).reverse());
    const again = buildAtlas(
      makeSources({
        annotations: [
          annotationB(),
          { ...shuffled, ...reordered, events: [...shuffled.events].reverse() },
        ],
      }),
    );
    expect(again).toEqual(first);
    expect(buildAtlas(makeSources())).toEqual(first);
    if (first.ok) for (const o of first.outputs) expect(outputText(o).endsWith('}\n')).toBe(true);
  });
});

describe('a large atlas: its core points to a pack (format 3)', () => {
  const r = buildAtlas(makeSources());
  if (!r.ok) throw new Error(r.problems.join('\n'));
  const { full } = readOutputs(r.outputs);
  const compile = (packFromBytes?: number) =>
    compileAtlas(full, null, {
      corePath: 'out/big.json',
      detailDir: 'big.detail',
      textsDir: null,
      pretty: false,
      packFromBytes,
    });

  it('is written over the size limit only, and reads back as the same atlas', () => {
    expect(compile().map((o) => o.path)).not.toContain('out/big.pack');
    const files = compile(0);
    expect(files.map((o) => o.path)).toContain('out/big.pack');
    expect(JSON.parse(outputText(files.find((o) => o.path === 'out/big.json')))).toMatchObject({
      version: 3,
      packed: { path: 'big.pack' },
    });
    expect(readOutputs(files, 'out/big.json').full).toEqual(
      readOutputs(compile(), 'out/big.json').full,
    );
  });

  it('refuses a pack that is not the one its core names', () => {
    const files = compile(0).map((o) =>
      o.path === 'out/big.pack' && o.content instanceof Uint8Array
        ? { ...o, content: o.content.map((b, i) => (i === 40 ? b ^ 1 : b)) }
        : o,
    );
    expect(() => readOutputs(files, 'out/big.json')).toThrow(/out\/big.pack does not belong/);
  });
});
