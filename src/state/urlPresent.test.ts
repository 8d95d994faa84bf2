import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEvent, makeIndex } from '../testing/fixtures';
import { parseEmbedParams, parseQuery, serializeQuery } from './url';

const index = makeIndex({
  events: [makeEvent({ date: '2014-04' }), makeEvent({ id: 'e2', date: '2024-05-17' })],
});

describe('theme, step and story parameters', () => {
  it('reads them', () => {
    const { state, dropped } = parseQuery('?theme=dark&step=3&story=decade', index);
    expect(dropped).toEqual([]);
    expect(state).toMatchObject({ theme: 'dark', step: 3, story: 'decade' });
  });

  it('drops invalid values with a notice and keeps the rest', () => {
    const { state, dropped } = parseQuery('?theme=neon&step=0&story=Bad%20Id&region=aba', index);
    expect(dropped).toEqual([
      { name: 'theme', value: 'neon' },
      { name: 'step', value: '0' },
      { name: 'story', value: 'Bad Id' },
    ]);
    expect(state).toMatchObject({ theme: null, step: null, story: null });
    expect(state.selection).toEqual({ kind: 'region', id: 'aba' });
    for (const step of ['-1', '1.5', 'two', '100000', '']) {
      expect(parseQuery(`?step=${step}`, index).dropped).toEqual([{ name: 'step', value: step }]);
    }
  });

  it('omits the light theme and a story when not presenting', () => {
    const base = { selection: null, filters: { years: null, sectors: [] }, lang: null };
    expect(serializeQuery({ ...base, theme: 'light', story: 'x', step: null }, '', 'zh')).toBe('');
    expect(serializeQuery({ ...base, theme: 'dark', story: 'x', step: 2 }, '', 'zh')).toBe(
      '?theme=dark&story=x&step=2',
    );
  });

  it('keeps the embedding parameters untouched when writing', () => {
    const search = serializeQuery(
      { selection: null, filters: { years: null, sectors: [] }, lang: null, step: 4 },
      '?embed=1&panel=0&origins=https://host.example&step=1',
      'zh',
    );
    expect(search).toBe('?embed=1&panel=0&origins=https://host.example&step=4');
  });

  it('round-trips theme, step and story (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('light' as const, 'dark' as const),
        fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
        fc.option(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { nil: null }),
        (theme, step, story) => {
          const state = {
            selection: null,
            filters: { years: null, sectors: [] },
            lang: null,
            theme,
            step,
            story,
          };
          const search = serializeQuery(state, '', 'zh');
          const parsed = parseQuery(search, index);
          expect(parsed.dropped).toEqual([]);
          expect(parsed.state.step).toBe(step);
          expect(parsed.state.story).toBe(step === null ? null : story);
          expect(parsed.state.theme ?? 'light').toBe(theme);
          expect(serializeQuery(parsed.state, '', 'zh')).toBe(search);
        },
      ),
    );
  });
});

describe('parseEmbedParams', () => {
  const defaults = {
    embed: false,
    panel: true,
    origins: [],
    trustParent: false,
    hostKeys: false,
    pixelRatio: null,
  };
  it('defaults to the full page with the panel and no extra origins', () => {
    expect(parseEmbedParams('')).toEqual({ options: defaults, dropped: [] });
  });

  it('reads embed, panel, origins, keys and pixelRatio', () => {
    expect(
      parseEmbedParams(
        '?embed=1&panel=0&origins=https://a.example,http://127.0.0.1:4300,parent&keys=host&pixelRatio=1.92',
      ),
    ).toEqual({
      options: {
        embed: true,
        panel: false,
        origins: ['https://a.example', 'http://127.0.0.1:4300'],
        trustParent: true,
        hostKeys: true,
        pixelRatio: 1.92,
      },
      dropped: [],
    });
  });

  it('normalises each origin to URL.origin: a trailing slash or a page path is fine', () => {
    expect(
      parseEmbedParams('?origins=http://localhost:8732/,https://a.example/deck/index.html').options
        .origins,
    ).toEqual(['http://localhost:8732', 'https://a.example']);
  });

  it('drops invalid values, each origin on its own; origins=null is never an origin', () => {
    const { options, dropped } = parseEmbedParams(
      '?embed=yes&panel=2&origins=null,*,https://b.example,javascript:alert(1),file:///deck.html&keys=deck&pixelRatio=9',
    );
    expect(options).toEqual({ ...defaults, origins: ['https://b.example'] });
    expect(dropped).toEqual([
      { name: 'embed', value: 'yes' },
      { name: 'panel', value: '2' },
      { name: 'origins', value: 'null' },
      { name: 'origins', value: '*' },
      { name: 'origins', value: 'javascript:alert(1)' },
      { name: 'origins', value: 'file:///deck.html' },
      { name: 'keys', value: 'deck' },
      { name: 'pixelRatio', value: '9' },
    ]);
  });

  it('never throws on arbitrary query strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const { options } = parseEmbedParams(s);
        expect(typeof options.embed).toBe('boolean');
        for (const origin of options.origins) expect(new URL(origin).origin).toBe(origin);
      }),
    );
  });
});
