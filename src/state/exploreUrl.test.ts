import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIndex } from '../testing/fixtures';
import { parseQuery, serializeQuery } from './url';

const index = makeIndex();
const none = { selection: null, filters: { years: null, sectors: [] }, lang: null } as const;

describe('view and compare in the URL', () => {
  it('reads the table tab and a comparison', () => {
    expect(parseQuery('?view=table', index).state.view).toBe('table');
    const { state, dropped } = parseQuery('?view=compare&compare=sichuan~chongqing', index);
    expect(dropped).toEqual([]);
    expect(state.view).toBe('compare');
    expect(state.compare).toEqual(['sichuan', 'chongqing']);
    expect(parseQuery('', index).state).toMatchObject({ view: 'map', compare: [] });
  });

  it('drops a bad view or comparison with a report and keeps the rest', () => {
    const { state, dropped } = parseQuery('?view=globe&compare=sichuan~atlantis&region=aba', index);
    expect(dropped).toEqual([
      { name: 'view', value: 'globe' },
      { name: 'compare', value: 'sichuan~atlantis' },
    ]);
    expect(state).toMatchObject({ view: 'map', compare: [], selection: { id: 'aba' } });
    expect(parseQuery('?compare=aba~aba', index).dropped).toHaveLength(1);
    expect(parseQuery('?compare=aba~sichuan~zhejiang', index).dropped).toHaveLength(1);
  });

  it('omits the map tab and writes the comparison only with the compare tab', () => {
    expect(serializeQuery({ ...none, view: 'map', compare: ['aba'] }, '', 'zh')).toBe('');
    expect(serializeQuery({ ...none, view: 'table', compare: ['aba'] }, '', 'zh')).toBe(
      '?view=table',
    );
    expect(
      serializeQuery({ ...none, view: 'compare', compare: ['aba', 'zhejiang'] }, '?x=1', 'zh'),
    ).toBe('?x=1&view=compare&compare=aba~zhejiang');
  });

  it('round-trips any valid view and comparison (property)', () => {
    const ids = index.atlas.regions.map((r) => r.id);
    fc.assert(
      fc.property(
        fc.constantFrom('map' as const, 'table' as const, 'compare' as const),
        fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 2 }),
        (view, compare) => {
          const search = serializeQuery({ ...none, view, compare }, '', 'zh');
          const parsed = parseQuery(search, index);
          expect(parsed.dropped).toEqual([]);
          expect(parsed.state.view).toBe(view);
          expect(parsed.state.compare).toEqual(view === 'compare' ? compare : []);
          expect(serializeQuery(parsed.state, '', 'zh')).toBe(search);
        },
      ),
    );
  });
});
