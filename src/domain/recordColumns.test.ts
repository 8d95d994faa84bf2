import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './atlasIndex';
import type { AtlasCoreFile } from './compiledSchema';
import { NO_FILTERS } from './filters';
import { adoptColumns, buildColumns, columnBuffers, recordColumns } from './recordColumns';
import { pairFigurePositions, regionIndex } from './regionIndex';
import type { Atlas } from './schema';
import { selectView } from './select';

/** The app's own atlas, as the page and the worker each read it from the same text. */
function seedsAtlas(): Atlas {
  const core = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as AtlasCoreFile;
  const { dataDate, regions, sectors, articles, events, figures } = core;
  return { dataDate, regions, sectors, articles, events, figures };
}

/** Columns as they reach the page: cloned by `postMessage`, their buffers transferred. */
function sent(atlas: Atlas) {
  const built = buildColumns(buildIndex(atlas));
  return structuredClone(built, { transfer: columnBuffers(built) });
}

describe('columns built by the atlas worker', () => {
  it('serve an index of the same records, with the same filtered views', () => {
    const index = buildIndex(seedsAtlas());
    const columns = sent(seedsAtlas());
    expect(adoptColumns(index, columns)).toBe(true);
    expect(recordColumns(index)).toBe(columns.columns);
    const here = buildIndex(seedsAtlas());
    expect(recordColumns(here)).toEqual(columns.columns);
    const filters = { years: [2023, 2024] as const, sectors: ['tourism'] };
    const [a, b] = [index, here].map((i) => selectView(i, filters));
    expect(a?.events.map((e) => e.id)).toEqual(b?.events.map((e) => e.id));
    expect(a?.links.map((l) => `${l.id}:${l.events.length}`)).toEqual(
      b?.links.map((l) => `${l.id}:${l.events.length}`),
    );
    expect(a?.activity).toEqual(b?.activity);
    // The region index came with them: the same positions for every region, as views of its arrays.
    const [mine, theirs] = [regionIndex(here), regionIndex(index)];
    for (const kind of ['events', 'figures', 'articles'] as const) {
      expect(theirs[kind].size).toBe(mine[kind].size);
      for (const [id, positions] of mine[kind]) {
        expect([...(theirs[kind].get(id) ?? [])], `${kind} of ${id}`).toEqual([...positions]);
      }
    }
    expect(theirs.events.get('sichuan')).toBeInstanceOf(Int32Array);
    expect(pairFigurePositions(index, 'sichuan', 'zhejiang')).toEqual(
      pairFigurePositions(here, 'sichuan', 'zhejiang'),
    );
    expect(pairFigurePositions(here, 'sichuan', 'zhejiang').length).toBeGreaterThan(0);
  });

  it('are refused for other records: a local article joined, another order, columns already built', () => {
    const atlas = seedsAtlas();
    const [first, ...rest] = atlas.events;
    if (!first) throw new Error('the seeds have events');
    const withLocal = buildIndex({ ...atlas, events: [...rest, { ...first, id: 'local-e1' }] });
    expect(adoptColumns(withLocal, sent(atlas))).toBe(false);
    const moved = buildIndex({ ...atlas, events: rest });
    expect(adoptColumns(moved, sent(atlas))).toBe(false);
    const built = buildIndex(atlas);
    const own = recordColumns(built);
    expect(adoptColumns(built, sent(atlas))).toBe(false);
    expect(recordColumns(built)).toBe(own);
    expect(selectView(built, NO_FILTERS).events).toHaveLength(atlas.events.length);
  });
});
