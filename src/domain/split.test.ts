import { describe, expect, it } from 'vitest';
import { makeArticle, makeEvent, makeFigure, REGIONS } from '../testing/fixtures';
import type { AnnotationSource, FullAtlas } from './schema';
import { joinArticles, splitAnnotation, splitFullAtlas, withDetail } from './split';

const full: FullAtlas = {
  version: 1,
  dataDate: '2024-05-17',
  regions: REGIONS,
  sectors: [{ id: 'tourism', name: { zh: '旅游', en: 'Tourism' } }],
  articles: [
    { ...makeArticle({ id: 'a1' }), summary: { zh: '摘要一', en: 'One' } },
    { ...makeArticle({ id: 'a2', published: '2024-05-17' }), summary: { zh: '摘要二', en: 'Two' } },
  ],
  events: [
    { ...makeEvent({ id: 'e1', article: 'a1' }), quote: '第一句引文' },
    { ...makeEvent({ id: 'e1', article: 'a2' }), quote: '第二篇的引文' },
  ],
  figures: [{ ...makeFigure({ id: 'f1', article: 'a2' }), quote: '投资一百亿元' }],
};

describe('splitting records from their detail', () => {
  it('moves summaries and quotes into one detail per article, and back', () => {
    const { atlas, details } = splitFullAtlas(full);
    expect(atlas.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(atlas.articles[0]).not.toHaveProperty('summary');
    expect(atlas.events[0]).not.toHaveProperty('quote');
    expect(atlas.figures[0]).not.toHaveProperty('quote');
    expect(details).toEqual([
      { id: 'a1', summary: { zh: '摘要一', en: 'One' }, events: { e1: '第一句引文' }, figures: {} },
      {
        id: 'a2',
        summary: { zh: '摘要二', en: 'Two' },
        events: { e1: '第二篇的引文' },
        figures: { f1: '投资一百亿元' },
      },
    ]);
    expect(withDetail(atlas, new Map(details.map((d) => [d.id, d])))).toEqual(full);
  });

  it('splits an annotation the same way', () => {
    const annotation: AnnotationSource = {
      ...makeArticle({ id: 'local-1', published: '2025-01-02' }),
      summary: { zh: '本地', en: 'Local' },
      events: [
        {
          id: 'sign',
          type: 'forum',
          title: { zh: '座谈会', en: 'Forum' },
          date: '2016-09-27',
          venue: null,
          parties: ['sichuan', 'zhejiang'],
          sectors: ['tourism'],
          quote: '双方签署协议',
        },
      ],
      figures: [],
    };
    const bundle = splitAnnotation(annotation);
    expect(bundle.article).toEqual(makeArticle({ id: 'local-1', published: '2025-01-02' }));
    expect(bundle.events).toEqual([{ ...makeEvent({ id: 'sign', article: 'local-1' }) }]);
    expect(bundle.detail.events).toEqual({ sign: '双方签署协议' });

    const joined = joinArticles(splitFullAtlas(full).atlas, [bundle]);
    expect(joined.articles.map((a) => a.id)).toEqual(['a1', 'a2', 'local-1']);
    expect(joined.dataDate).toBe('2025-01-02');
    expect(joined.events.filter((e) => e.article === 'local-1')).toHaveLength(1);
    // An article kept in the browser with an id already there replaces it, with its records.
    const again = joinArticles(joined, [{ ...bundle, events: [] }]);
    expect(again.articles.filter((a) => a.id === 'local-1')).toHaveLength(1);
    expect(again.events.filter((e) => e.article === 'local-1')).toEqual([]);
  });
});
