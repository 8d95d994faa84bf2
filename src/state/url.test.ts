import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEvent, makeIndex } from '../testing/fixtures';
import { parseQuery, serializeQuery } from './url';

const index = makeIndex({
  events: [makeEvent({ date: '2014-04' }), makeEvent({ id: 'e2', date: '2024-05-17' })],
});

describe('parseQuery', () => {
  it('reads every parameter', () => {
    const { state, dropped } = parseQuery(
      '?region=rongchang&years=2016-2020&sectors=tourism&lang=en',
      index,
    );
    expect(dropped).toEqual([]);
    expect(state.selection).toEqual({ kind: 'region', id: 'rongchang' });
    expect(state.filters).toEqual({ years: [2016, 2020], sectors: ['tourism'] });
    expect(state.lang).toBe('en');
  });

  it('reads a pair and a single year', () => {
    const { state } = parseQuery('?pair=sichuan~zhejiang&years=2019', index);
    expect(state.selection).toEqual({ kind: 'pair', a: 'sichuan', b: 'zhejiang' });
    expect(state.filters.years).toEqual([2019, 2019]);
  });

  it('reads a merged flow, each end on its own or with everything in it', () => {
    const { state, dropped } = parseQuery('?flow=zhejiang*~aba', index);
    expect(dropped).toEqual([]);
    expect(state.selection).toEqual({
      kind: 'flow',
      a: { id: 'zhejiang', deep: true },
      b: { id: 'aba', deep: false },
    });
    expect(parseQuery('?flow=atlantis*~aba', index).dropped).toEqual([
      { name: 'flow', value: 'atlantis*~aba' },
    ]);
  });

  it('drops invalid values, reports them and keeps the rest', () => {
    const { state, dropped } = parseQuery(
      '?region=atlantis&years=1999-2000&sectors=tourism,space&lang=fr&pair=sichuan~sichuan',
      index,
    );
    expect(dropped).toEqual([
      { name: 'region', value: 'atlantis' },
      { name: 'pair', value: 'sichuan~sichuan' },
      { name: 'years', value: '1999-2000' },
      { name: 'sectors', value: 'space' },
      { name: 'lang', value: 'fr' },
    ]);
    expect(state.selection).toBeNull();
    expect(state.filters).toEqual({ years: null, sectors: ['tourism'] });
  });

  it('reads author=1 as the authoring view and drops other values', () => {
    expect(parseQuery('?author=1', index).state.author).toBe(true);
    expect(parseQuery('?region=aba', index).state.author).toBe(false);
    const { state, dropped } = parseQuery('?author=yes', index);
    expect(state.author).toBe(false);
    expect(dropped).toEqual([{ name: 'author', value: 'yes' }]);
  });
});

describe('serializeQuery', () => {
  it('omits defaults and keeps unknown parameters', () => {
    const search = serializeQuery(
      {
        selection: { kind: 'pair', a: 'sichuan', b: 'zhejiang' },
        filters: { years: [2019, 2019], sectors: [] },
        lang: 'zh',
      },
      '?embed=1&region=aba',
      'zh',
    );
    expect(search).toBe('?embed=1&pair=sichuan~zhejiang&years=2019');
  });

  it('round-trips any valid state (property)', () => {
    const regionIds = index.atlas.regions.map((r) => r.id);
    const selection = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...regionIds).map((id) => ({ kind: 'region' as const, id })),
      fc
        .uniqueArray(fc.constantFrom(...regionIds), { minLength: 2, maxLength: 2 })
        .map(([a = '', b = '']) => ({ kind: 'pair' as const, a, b })),
      fc
        .tuple(
          fc.uniqueArray(fc.constantFrom(...regionIds), { minLength: 2, maxLength: 2 }),
          fc.boolean(),
          fc.boolean(),
        )
        .map(([[a = '', b = ''], deepA, deepB]) => ({
          kind: 'flow' as const,
          a: { id: a, deep: deepA },
          b: { id: b, deep: deepB },
        })),
    );
    const years = fc.oneof(
      fc.constant(null),
      fc
        .tuple(fc.integer({ min: 2014, max: 2024 }), fc.integer({ min: 2014, max: 2024 }))
        .map(([x, y]): [number, number] => [Math.min(x, y), Math.max(x, y)]),
    );
    const sectors = fc.uniqueArray(fc.constantFrom('tourism', 'electronics'));
    fc.assert(
      fc.property(
        selection,
        years,
        sectors,
        fc.constantFrom('zh' as const, 'en' as const),
        fc.boolean(),
        (sel, y, s, lang, author) => {
          const state = { selection: sel, filters: { years: y, sectors: s }, lang, author };
          const search = serializeQuery(state, '', 'zh');
          const parsed = parseQuery(search, index);
          expect(parsed.dropped).toEqual([]);
          expect(serializeQuery(parsed.state, '', 'zh')).toBe(search);
        },
      ),
    );
  });

  it('writes the authoring view as author=1, and closed as nothing', () => {
    const closed = { selection: null, filters: { years: null, sectors: [] }, lang: null };
    expect(serializeQuery({ ...closed, author: true }, '?author=0&data=x.json', 'zh')).toBe(
      '?data=x.json&author=1',
    );
    expect(serializeQuery({ ...closed, author: false }, '?author=1', 'zh')).toBe('');
  });

  it('never throws on arbitrary query strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const { state } = parseQuery(s, index);
        expect(parseQuery(serializeQuery(state, '', 'zh'), index).dropped).toEqual([]);
      }),
    );
  });
});
