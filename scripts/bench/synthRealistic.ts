/**
 * The realistic synthetic atlas: cooperation shaped the way the real reports are.
 * East–west pairing between fixed province pairs carries most events (province, city
 * and county links inside each pair), neighbours cooperate across province borders,
 * aid reaches Xinjiang and Tibet, and a flat tail of unrelated links remains. Events per
 * link are long-tailed (Zipf over the links' seeded rank: a few pairs carry most events),
 * the number of articles grows every year, and an article reports three events of one
 * family (one pairing, one neighbour pair). Same sizes as the uniform shape: n articles,
 * 3n events, 5n figures. Seeded and pure: same inputs, same atlas.
 */
import type {
  FullArticle,
  FullAtlas,
  FullEvent,
  FullFigure,
  Region,
  SectorId,
} from '../../src/domain/schema';
import { createRng, shuffle, type Rng } from './prng';
import { planLinks, type LinkKind, type PlannedLink } from './realisticLinks';
import type { SynthOptions, SynthStats } from './synthAtlas';
import {
  articleRecord,
  EVENTS_PER_ARTICLE,
  eventRecord,
  FIRST_YEAR,
  LAST_YEAR,
  pad,
  randomDay,
} from './synthRecords';

/** Zipf exponent over the links' rank: event share of link k ∝ 1 / k^s. */
export const ZIPF_S = 0.9;
/** Articles per year grow by this factor every year (2025 has about 15× the articles of 2010). */
export const YEARLY_GROWTH = 1.2;

const TYPES: Readonly<Record<LinkKind, readonly FullEvent['type'][]>> = {
  pairing: ['framework-agreement', 'project-signing', 'meeting', 'park-launch', 'promotion'],
  aid: ['project-signing', 'park-launch', 'meeting', 'framework-agreement'],
  neighbour: ['summit', 'forum', 'declaration', 'framework-agreement', 'meeting'],
  background: ['chamber-signing', 'promotion', 'forum', 'project-signing'],
};

const SECTORS: Readonly<Record<LinkKind, readonly SectorId[]>> = {
  pairing: ['agriculture', 'food', 'tourism', 'textiles', 'talent', 'e-commerce', 'healthcare'],
  aid: ['healthcare', 'education', 'agriculture', 'tourism', 'culture', 'energy'],
  neighbour: ['logistics', 'rail-transit', 'equipment-manufacturing', 'electronics', 'technology'],
  background: [],
};

/** Kinds whose links are planned supporting side first; the others are drawn in either order. */
const ORIENTED: ReadonlySet<LinkKind> = new Set(['pairing', 'aid']);

/** How often an event says that its first party supports the second. */
const DIRECTION_CHANCE: Readonly<Record<LinkKind, number>> = {
  pairing: 0.5,
  aid: 0.6,
  neighbour: 0,
  background: 0.05,
};

/** Draws an index from cumulative weights. */
function drawIndex(rng: Rng, cumulative: readonly number[]): number {
  const total = cumulative.at(-1) ?? 0;
  const x = rng.next() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulate(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/** Groups of {@link EVENTS_PER_ARTICLE} links, one group per article, mostly of one family. */
function articleGroups(rng: Rng, links: readonly PlannedLink[], n: number): PlannedLink[][] {
  const total = n * EVENTS_PER_ARTICLE;
  const zipf = cumulate(links.map((_, k) => 1 / (k + 1) ** ZIPF_S));
  // Every link once when there is room (no planned link is left without an event), then Zipf.
  const draws = total >= 2 * links.length ? [...links] : [];
  while (draws.length < total) {
    const link = links[drawIndex(rng, zipf)];
    if (link) draws.push(link);
  }
  const byFamily = shuffle(rng, draws).sort((x, y) =>
    x.family < y.family ? -1 : x.family > y.family ? 1 : 0,
  );
  const groups: PlannedLink[][] = [];
  for (let i = 0; i < byFamily.length; i += EVENTS_PER_ARTICLE) {
    groups.push(byFamily.slice(i, i + EVENTS_PER_ARTICLE));
  }
  return shuffle(rng, groups);
}

function sectorsFor(rng: Rng, kind: LinkKind, all: readonly SectorId[]): SectorId[] {
  const preferred = SECTORS[kind].filter((s) => all.includes(s));
  const from = preferred.length > 0 && rng.next() < 0.8 ? preferred : all;
  return rng.sample(from, 1 + rng.int(2)).sort();
}

/** Builds the realistic atlas from a real one's regions and sectors and a pool of counties it may add. */
export function realisticAtlas(
  base: FullAtlas,
  options: SynthOptions,
  counties: readonly Region[],
): { atlas: FullAtlas; stats: SynthStats } {
  const rng = createRng(options.seed);
  const sectors = base.sectors.map((s) => s.id);
  if (sectors.length === 0) throw new Error('the base atlas has no sectors');
  const pool = [...base.regions, ...counties];
  const byId = new Map(pool.map((r) => [r.id, r]));
  const links = planLinks(rng, pool);
  if (links.length === 0) throw new Error('the base atlas has none of the paired regions');
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => YEARLY_GROWTH ** i);
  const yearWeights = cumulate(years);

  const articles: FullArticle[] = [];
  const events: FullEvent[] = [];
  const figures: FullFigure[] = [];
  let dataDate = '';
  articleGroups(rng, links, options.articles).forEach((group, i) => {
    const id = `synth-${pad(i + 1, 5)}`;
    const year = FIRST_YEAR + drawIndex(rng, yearWeights);
    const published = randomDay(rng, year);
    if (published > dataDate) dataDate = published;
    const own = group.flatMap((link, j) => {
      const [x, y] = [byId.get(link.a), byId.get(link.b)];
      if (!x || !y) return [];
      const swap = !ORIENTED.has(link.kind) && rng.next() < 0.5;
      const plan = {
        a: swap ? y : x,
        b: swap ? x : y,
        type: rng.pick(TYPES[link.kind]),
        sectors: sectorsFor(rng, link.kind, sectors),
        directionChance: DIRECTION_CHANCE[link.kind],
        // Reports of the year's events: activity per year follows the articles' growth.
        lag: 1,
      };
      return [eventRecord(rng, plan, j, year, id)];
    });
    const record = articleRecord(rng, id, year, published, own, byId);
    events.push(...own);
    figures.push(...record.figures);
    articles.push(record.article);
  });

  const named = new Set(events.flatMap((e) => e.parties));
  const added = counties.filter((c) => named.has(c.id));
  return {
    atlas: { ...base, regions: [...base.regions, ...added], dataDate, articles, events, figures },
    stats: {
      articles: articles.length,
      events: events.length,
      figures: figures.length,
      links: new Set(events.map((e) => [...e.parties].sort().join('~'))).size,
      prefectures: base.regions.filter((r) => r.level === 'prefecture').length,
      partyPool: named.size,
      warnings: [],
    },
  };
}
