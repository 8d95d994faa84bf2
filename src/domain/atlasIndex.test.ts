import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeArticle, makeEvent, REGIONS } from '../testing/fixtures';
import { buildIndex } from './atlasIndex';
import { dateSortKey } from './dates';
import type { Atlas, AtlasEvent, Region } from './schema';

// Ids whose byte order and `localeCompare` order differ: `_` and `-`, digits, letters.
const articleId = fc.constantFrom('a1', 'a2', 'a_3', 'a-4', 'b', 'a');
const eventId = fc.constantFrom('e1', 'e2', 'e10', 'e-x', 'e_y');
const date = fc.constantFrom('2014', '2014-05', '2014-05-02', '2015', '2014-12-31');
const extra: Region[] = ['a-b', 'ab', 'a', 'ab-c'].map((id, i) => ({
  ...REGIONS[0],
  id,
  code: String(990000 + i),
  name: { zh: id, en: id },
  shortNames: [],
  level: 'province',
  parent: null,
  point: [100, 30],
  hasPolygon: true,
}));
const region = fc.constantFrom(...extra.map((r) => r.id), 'sichuan', 'zhejiang');

function atlasOf(events: AtlasEvent[]): Atlas {
  return {
    dataDate: '2024-05-17',
    regions: [...REGIONS, ...extra],
    sectors: [{ id: 'tourism', name: { zh: '旅游', en: 'Tourism' } }],
    articles: [makeArticle()],
    events,
    figures: [],
  };
}

describe('the index orders', () => {
  it('events and link keys in localeCompare order, whatever order they come in', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            article: articleId,
            id: eventId,
            date,
            parties: fc.uniqueArray(region, { minLength: 2, maxLength: 3 }),
          }),
          { maxLength: 20 },
        ),
        (records) => {
          const events = records.map((r) => makeEvent(r));
          const index = buildIndex(atlasOf(events));
          const expected = [...events].sort(
            (a, b) =>
              dateSortKey(a.date).localeCompare(dateSortKey(b.date)) ||
              a.article.localeCompare(b.article) ||
              a.id.localeCompare(b.id),
          );
          expect(index.events).toEqual(expected);
          const keys = [...index.pairRank].sort((x, y) => x[1] - y[1]).map(([k]) => k);
          expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
