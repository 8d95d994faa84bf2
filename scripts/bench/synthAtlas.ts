/**
 * A synthetic atlas for the scale benchmark: the real gazetteer and sectors,
 * plus `n` articles with 3n events, 5n figures and about 2n distinct links
 * between prefecture-level regions. Seeded and pure: same inputs, same atlas.
 */
import type {
  FullArticle,
  FullAtlas,
  FullEvent,
  FullFigure,
  Region,
} from '../../src/domain/schema';
import { createRng, shuffle } from './prng';
import {
  ancestorsOf,
  articleRecord,
  EVENTS_PER_ARTICLE,
  eventRecord,
  FIRST_YEAR,
  LAST_YEAR,
  pad,
  randomDay,
} from './synthRecords';

export interface SynthOptions {
  readonly seed: number;
  readonly articles: number;
}

/** What was generated, and what could not be generated as asked. */
export interface SynthStats {
  readonly articles: number;
  readonly events: number;
  readonly figures: number;
  readonly links: number;
  readonly prefectures: number;
  /** Regions that events may name as parties. */
  readonly partyPool: number;
  readonly warnings: readonly string[];
}

export { EVENTS_PER_ARTICLE, FIGURES_PER_ARTICLE } from './synthRecords';
export const LINKS_PER_ARTICLE = 2;

const EVENT_TYPES: readonly FullEvent['type'][] = [
  'framework-agreement',
  'project-signing',
  'chamber-signing',
  'declaration',
  'summit',
  'forum',
  'promotion',
  'park-launch',
  'meeting',
];

/** Every unordered pair of `pool` that is not nested (a region and a place inside it make no link). */
function linkablePairs(regions: readonly Region[], pool: readonly Region[]): [Region, Region][] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const ancestors = new Map(pool.map((r) => [r.id, ancestorsOf(byId, r.id)]));
  const pairs: [Region, Region][] = [];
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const a = pool[i];
      const b = pool[j];
      if (!a || !b || ancestors.get(a.id)?.has(b.id) || ancestors.get(b.id)?.has(a.id)) continue;
      pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Prefectures first; counties, then provinces, only when prefectures alone cannot give enough pairs. */
function partyPool(regions: readonly Region[], wanted: number, warnings: string[]) {
  const prefectures = regions.filter((r) => r.level === 'prefecture');
  let pool = prefectures;
  let pairs = linkablePairs(regions, pool);
  for (const level of ['county', 'province'] as const) {
    if (pairs.length >= wanted) break;
    pool = [...pool, ...regions.filter((r) => r.level === level)];
    pairs = linkablePairs(regions, pool);
    warnings.push(
      `only ${prefectures.length} prefecture-level regions in the gazetteer: ${level} regions join the party pool`,
    );
  }
  if (pairs.length < wanted) {
    warnings.push(`only ${pairs.length} distinct links are possible (${wanted} wanted)`);
  }
  return { prefectures: prefectures.length, pool, pairs };
}

/** Builds the synthetic atlas from a real one's regions and sectors. */
export function synthAtlas(
  base: FullAtlas,
  options: SynthOptions,
): { atlas: FullAtlas; stats: SynthStats } {
  const rng = createRng(options.seed);
  const n = options.articles;
  const warnings: string[] = [];
  const byId = new Map(base.regions.map((r) => [r.id, r]));
  const sectors = base.sectors.map((s) => s.id);
  if (sectors.length === 0) throw new Error('the base atlas has no sectors');
  const {
    prefectures,
    pool,
    pairs: allPairs,
  } = partyPool(base.regions, n * LINKS_PER_ARTICLE, warnings);
  if (allPairs.length === 0) throw new Error('the base atlas has no two unnested regions to link');
  const pairs = shuffle(rng, allPairs).slice(0, n * LINKS_PER_ARTICLE);
  const articles: FullArticle[] = [];
  const events: FullEvent[] = [];
  const figures: FullFigure[] = [];
  let dataDate = '';

  for (let i = 0; i < n; i++) {
    const id = `synth-${pad(i + 1, 5)}`;
    const year = FIRST_YEAR + rng.int(LAST_YEAR - FIRST_YEAR + 1);
    const published = randomDay(rng, year);
    if (published > dataDate) dataDate = published;
    const own: FullEvent[] = [];
    for (let j = 0; j < EVENTS_PER_ARTICLE; j++) {
      const k = i * EVENTS_PER_ARTICLE + j;
      // Every chosen pair once, then a skewed draw so that a few links carry many events.
      const pair = pairs[k < pairs.length ? k : Math.floor(pairs.length * rng.next() ** 3)];
      if (!pair) continue;
      const [a, b] = rng.next() < 0.5 ? pair : [pair[1], pair[0]];
      const type = rng.pick(EVENT_TYPES);
      const sectorsOf = rng.sample(sectors, 1 + rng.int(2)).sort();
      own.push(
        eventRecord(
          rng,
          { a, b, type, sectors: sectorsOf, directionChance: 0.1, lag: 3 },
          j,
          year,
          id,
        ),
      );
    }
    const record = articleRecord(rng, id, year, published, own, byId);
    events.push(...own);
    figures.push(...record.figures);
    articles.push(record.article);
  }

  const links = new Set(events.map((e) => [...e.parties].sort().join('~')));
  return {
    atlas: { ...base, dataDate, articles, events, figures },
    stats: {
      articles: articles.length,
      events: events.length,
      figures: figures.length,
      links: links.size,
      prefectures,
      partyPool: pool.length,
      warnings,
    },
  };
}
