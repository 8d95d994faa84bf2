import { describe, expect, it } from 'vitest';
import { makeEvent, makeIndex } from '../testing/fixtures';
import { parseEmbedParams, parseQuery } from '../state/url';
import { embedSnippet, embedUrl, type DeckStory, type EmbedView } from './snippet';

const index = makeIndex({
  events: [makeEvent({ date: '2014-04' }), makeEvent({ id: 'e2', date: '2024-05-17' })],
});
const view: EmbedView = {
  selection: null,
  filters: { years: null, sectors: [] },
  lang: 'zh',
  theme: 'light',
  step: null,
  story: null,
};

describe('embedUrl', () => {
  it('pins every parameter, defaults included', () => {
    const url = new URL(embedUrl('https://atlas.example/app/?region=aba#x', index, view));
    expect(url.origin + url.pathname).toBe('https://atlas.example/app/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      embed: '1',
      years: '2014-2024',
      sectors: '',
      lang: 'zh',
      theme: 'light',
    });
    expect(url.hash).toBe('');
  });

  it('round-trips through the URL parser to the same view', () => {
    const pinned: EmbedView = {
      ...view,
      selection: { kind: 'pair', a: 'sichuan', b: 'zhejiang' },
      filters: { years: [2016, 2020], sectors: ['tourism', 'electronics'] },
      lang: 'en',
      theme: 'dark',
      step: 3,
      story: 'tour',
    };
    const url = new URL(embedUrl('http://127.0.0.1:4173/', index, pinned));
    const { state, dropped } = parseQuery(url.search, index);
    expect(dropped).toEqual([]);
    expect(state).toMatchObject({
      selection: pinned.selection,
      filters: pinned.filters,
      lang: 'en',
      theme: 'dark',
      step: 3,
      story: 'tour',
    });
    expect(parseEmbedParams(url.search).options.embed).toBe(true);
  });

  it('in a slide deck, hands the keys to the deck and trusts the framing page', () => {
    const url = new URL(embedUrl('http://127.0.0.1:4173/', index, view, true));
    const { options, dropped } = parseEmbedParams(url.search);
    expect(dropped).toEqual([]);
    expect(options).toMatchObject({ embed: true, hostKeys: true, trustParent: true });
  });
});

describe('embedSnippet', () => {
  const src = 'https://atlas.example/?embed=1&lang=zh&theme=light&a="b"';
  it('gives a fixed-ratio iframe for 16:9 and 4:3, escaping the URL', () => {
    const html = embedSnippet(src, '16:9', 'Atlas');
    expect(html).toContain('aspect-ratio:960/540');
    expect(html).toContain('&amp;a=&quot;b&quot;');
    // One form only: `allow` plus `allowfullscreen` makes Chrome warn.
    expect(html).toContain('allow="fullscreen; clipboard-write"');
    expect(html).not.toContain('allowfullscreen');
    expect(embedSnippet(src, '4:3', 'Atlas')).toContain('aspect-ratio:800/600');
  });
  it('gives a reveal.js slide that loads ahead, steps with fragments and carries the glue', () => {
    const html = embedSnippet(src, 'reveal', 'Atlas', { id: 'tour', total: 10 });
    expect(html).toMatch(
      /^<section>\n {2}<iframe data-atlas data-atlas-story="tour" data-atlas-steps="10" data-src="/,
    );
    expect(html).toContain(' data-preload ');
    expect(html).not.toMatch(/ src=/);
    expect(html).toContain("window.RevealAtlas = { id: 'atlas', init: attach };");
    expect(html.match(/<script>/g)).toHaveLength(1);
    const iframe = (story: DeckStory | null) =>
      embedSnippet(src, 'reveal', 'Atlas', story).split('\n')[1];
    expect(iframe(null)).not.toContain('data-atlas-story');
    expect(iframe({ id: '', total: null })).toContain('data-atlas-story="" data-src');
  });
  it('gives a responsive iframe that listens to atlas:resize from the atlas origin only', () => {
    const html = embedSnippet(src, 'responsive', 'Atlas');
    expect(html).toContain('width:100%;height:600px');
    expect(html).toContain('e.origin !== "https://atlas.example"');
    expect(html).toContain("'atlas:resize'");
  });
});
