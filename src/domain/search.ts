/**
 * One search over the atlas: regions (Chinese and English names, pinyin ids,
 * unambiguous short forms such as 川, 渝, 蓉), links named by two short forms
 * (川渝, 川浙), articles (title, source; summary and full text when the caller
 * has loaded them), events (title; quote when loaded) and figures (metric; quote
 * when loaded). Entries are prepared once per atlas (`searchEntries.ts`), the
 * fields of loaded detail once per detail.
 */
import type { AtlasIndex } from './atlasIndex';
import { pairKey } from './pairs';
import type { Article, ArticleDetail, AtlasEvent, Figure, Region, RegionId } from './schema';
import { detailFields, searchEntries, type Entries } from './searchEntries';
import { bestScore, isCjk, matchScore, normalizeQuery, sentenceAround } from './searchText';
import { targetOf, type Target } from './targets';

/** The kinds of result, in the order their groups are shown. */
export const SEARCH_KINDS = ['region', 'link', 'article', 'event', 'figure'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One result; `score` orders results within their group. */
export type SearchHit =
  | {
      readonly kind: 'region';
      readonly key: string;
      readonly score: number;
      readonly region: Region;
    }
  | {
      readonly kind: 'link';
      readonly key: string;
      readonly score: number;
      readonly a: Region;
      readonly b: Region;
    }
  | {
      readonly kind: 'article';
      readonly key: string;
      readonly score: number;
      readonly article: Article;
      /** The sentence of the full text that matched, when only the text matched. */
      readonly snippet: string | null;
    }
  | {
      readonly kind: 'event';
      readonly key: string;
      readonly score: number;
      readonly event: AtlasEvent;
    }
  | {
      readonly kind: 'figure';
      readonly key: string;
      readonly score: number;
      readonly figure: Figure;
    };

/** Results grouped by kind, groups in {@link SEARCH_KINDS} order, empty groups left out. */
export type SearchResults = readonly {
  readonly kind: SearchKind;
  readonly hits: readonly SearchHit[];
}[];

/** Results shown per kind. */
export const PER_KIND = 6;

function regionScore(q: string, e: Entries['regions'][number], short: RegionId | undefined) {
  const score = Math.max(short === e.region.id ? 95 : 0, bestScore(q, e.fields));
  // Places the articles mention come before the rest of the gazetteer.
  return score > 0 ? score + (e.involved ? 10 : 0) : 0;
}

/** A two-region query (川渝, 成渝, "sichuan chongqing") as the link between them, if the atlas has one. */
function linkHit(index: AtlasIndex, raw: string, e: Entries): SearchHit | null {
  const resolve = (part: string): RegionId | undefined => {
    const q = normalizeQuery(part);
    return e.shortForms.get(q) ?? (index.regionById.has(q) ? q : undefined);
  };
  const candidates: [string, string][] = [];
  const words = raw
    .trim()
    .split(/[\s\-–—~·、,，]+/u)
    .filter(Boolean);
  if (words.length === 2) candidates.push([words[0] ?? '', words[1] ?? '']);
  const solid = raw.replace(/\s+/g, '');
  if (isCjk(solid)) {
    for (let i = 1; i < solid.length; i++) candidates.push([solid.slice(0, i), solid.slice(i)]);
  }
  for (const [x, y] of candidates) {
    const a = resolve(x);
    const b = resolve(y);
    if (!a || !b || a === b || !index.pairRank.has(pairKey(a, b))) continue;
    const ra = index.regionById.get(a);
    const rb = index.regionById.get(b);
    if (ra && rb) return { kind: 'link', key: pairKey(a, b), score: 100, a: ra, b: rb };
  }
  return null;
}

function top<T extends SearchHit>(hits: T[]): T[] {
  return hits.sort((x, y) => y.score - x.score).slice(0, PER_KIND);
}

/**
 * Searches the atlas. A Latin query needs two characters, a Chinese one a single
 * character. `texts` (article id → clean text) adds full-text matches for the
 * articles whose text the caller has loaded; `details` (article id → detail) adds
 * their summaries and the quotes of their events and figures.
 */
export function search(
  index: AtlasIndex,
  raw: string,
  texts: ReadonlyMap<string, string> = new Map(),
  details: ReadonlyMap<string, ArticleDetail> = new Map(),
): SearchResults {
  const fieldsOf = (article: string) => {
    const detail = details.get(article);
    return detail ? detailFields(detail) : null;
  };
  const q = normalizeQuery(raw);
  if (q.length === 0 || (!isCjk(q) && q.length < 2)) return [];
  const e = searchEntries(index);
  const short = e.shortForms.get(q);
  const regions = top(
    e.regions.flatMap((r) => {
      const score = regionScore(q, r, short);
      return score > 0
        ? [{ kind: 'region' as const, key: r.region.id, score, region: r.region }]
        : [];
    }),
  );
  const link = linkHit(index, raw, e);
  const articles = top(
    e.articles.flatMap(({ article, fields }) => {
      const score = Math.max(
        bestScore(q, fields),
        bestScore(q, fieldsOf(article.id)?.summary ?? []),
      );
      const text = texts.get(article.id);
      const snippet = score === 0 && text ? sentenceAround(text, raw) : null;
      if (score === 0 && !snippet) return [];
      return [{ kind: 'article' as const, key: article.id, score: score || 20, article, snippet }];
    }),
  );
  const events = top(
    e.events.flatMap(({ event, fields }) => {
      const quote = fieldsOf(event.article)?.events.get(event.id);
      const score = Math.max(bestScore(q, fields), quote ? matchScore(q, quote) : 0);
      const key = `${event.article}#${event.id}`;
      return score > 0 ? [{ kind: 'event' as const, key, score, event }] : [];
    }),
  );
  const figures = top(
    e.figures.flatMap(({ figure, fields }) => {
      const quote = fieldsOf(figure.article)?.figures.get(figure.id);
      const score = Math.max(bestScore(q, fields), quote ? matchScore(q, quote) : 0);
      const key = `${figure.article}#${figure.id}`;
      return score > 0 ? [{ kind: 'figure' as const, key, score, figure }] : [];
    }),
  );
  const groups: Record<SearchKind, readonly SearchHit[]> = {
    region: regions,
    link: link ? [link] : [],
    article: articles,
    event: events,
    figure: figures,
  };
  return SEARCH_KINDS.filter((k) => groups[k].length > 0).map((kind) => ({
    kind,
    hits: groups[kind],
  }));
}

/** An article to open, at a sentence of its text or at the quote of one of its events or figures. */
export interface ArticleTarget {
  readonly id: string;
  readonly quote: string | null;
  readonly record?: { readonly kind: 'event' | 'figure'; readonly id: string };
}

/** What choosing a result does: what it selects on the map, and which article it opens where. */
export function hitAction(
  index: AtlasIndex,
  hit: SearchHit,
): { select: Target | null; article: ArticleTarget | null } {
  switch (hit.kind) {
    case 'region':
      return { select: { kind: 'region', id: hit.region.id }, article: null };
    case 'link':
      return { select: { kind: 'pair', a: hit.a.id, b: hit.b.id }, article: null };
    case 'article':
      return { select: null, article: { id: hit.article.id, quote: hit.snippet } };
    case 'event':
      return {
        select: targetOf(index, hit.event.parties, hit.event.direction),
        article: {
          id: hit.event.article,
          quote: null,
          record: { kind: 'event', id: hit.event.id },
        },
      };
    case 'figure':
      return {
        select: targetOf(index, hit.figure.regions),
        article: {
          id: hit.figure.article,
          quote: null,
          record: { kind: 'figure', id: hit.figure.id },
        },
      };
  }
}
