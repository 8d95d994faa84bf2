/**
 * A synthetic atlas for the scale benchmark: the real gazetteer and sectors,
 * plus `n` articles with 3n events, 5n figures and about 2n distinct links
 * between prefecture-level regions. Seeded and pure: same inputs, same atlas.
 */
import type { Article, Atlas, AtlasEvent, Figure, Region, RegionId } from '../../src/domain/schema';
import { createRng, type Rng } from './prng';
import { articleText, eventText, figureText, SOURCES } from './synthText';

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

export const EVENTS_PER_ARTICLE = 3;
export const FIGURES_PER_ARTICLE = 5;
export const LINKS_PER_ARTICLE = 2;

const EVENT_TYPES: readonly AtlasEvent['type'][] = [
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
const QUALIFIERS: readonly Figure['qualifier'][] = [
  'exact',
  'exact',
  'more-than',
  'about',
  'nearly',
];
const FIRST_YEAR = 2010;
const LAST_YEAR = 2025;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function randomDay(rng: Rng, year: number): string {
  return `${year}-${pad(1 + rng.int(12))}-${pad(1 + rng.int(28))}`;
}

/** A date at a random precision (day, month or year) within `year`. */
function partialDate(rng: Rng, year: number): string {
  const r = rng.next();
  const day = randomDay(rng, year);
  return r < 0.6 ? day : r < 0.85 ? day.slice(0, 7) : String(year);
}

function ancestorsOf(byId: ReadonlyMap<RegionId, Region>, id: RegionId): Set<RegionId> {
  const out = new Set<RegionId>();
  let parent = byId.get(id)?.parent ?? null;
  while (parent && !out.has(parent)) {
    out.add(parent);
    parent = byId.get(parent)?.parent ?? null;
  }
  return out;
}

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

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const a = items[i];
    const b = items[j];
    if (a !== undefined && b !== undefined) [items[i], items[j]] = [b, a];
  }
  return items;
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
  base: Atlas,
  options: SynthOptions,
): { atlas: Atlas; stats: SynthStats } {
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
  const articles: Article[] = [];
  const events: AtlasEvent[] = [];
  const figures: Figure[] = [];
  let dataDate = '';

  for (let i = 0; i < n; i++) {
    const id = `synth-${pad(i + 1, 5)}`;
    const year = FIRST_YEAR + rng.int(LAST_YEAR - FIRST_YEAR + 1);
    const published = randomDay(rng, year);
    if (published > dataDate) dataDate = published;
    const named = new Set<RegionId>();
    const articleSectors = new Set<string>();
    for (let j = 0; j < EVENTS_PER_ARTICLE; j++) {
      const k = i * EVENTS_PER_ARTICLE + j;
      // Every chosen pair once, then a skewed draw so that a few links carry many events.
      const pair = pairs[k < pairs.length ? k : Math.floor(pairs.length * rng.next() ** 3)];
      if (!pair) continue;
      const [a, b] = rng.next() < 0.5 ? pair : [pair[1], pair[0]];
      const type = rng.pick(EVENT_TYPES);
      const eventSectors = rng.sample(sectors, 1 + rng.int(2)).sort();
      const date = partialDate(rng, Math.max(FIRST_YEAR, year - rng.int(3)));
      const day = date.length === 10 ? Number(date.slice(8)) : 28;
      const endDate =
        day < 28 && rng.next() < 0.05 ? `${date.slice(0, 8)}${pad(day + 1)}` : undefined;
      const venueRoll = rng.next();
      events.push({
        id: `e${j + 1}`,
        type,
        ...eventText(a, b, type),
        date,
        ...(endDate ? { endDate } : {}),
        venue: venueRoll < 0.3 ? a.id : venueRoll < 0.5 ? b.id : null,
        parties: [a.id, b.id],
        ...(rng.next() < 0.1 ? { direction: { from: a.id, to: b.id } } : {}),
        sectors: eventSectors,
        article: id,
      });
      named.add(a.id).add(b.id);
      eventSectors.forEach((s) => articleSectors.add(s));
    }
    const namedList = [...named].sort();
    const sectorList = [...articleSectors].sort();
    for (let j = 0; j < FIGURES_PER_ARTICLE; j++) {
      const regions = rng.sample(namedList, rng.next() < 0.8 ? 1 : 2).sort();
      figures.push({
        id: `f${j + 1}`,
        ...figureText(rng, regions, byId),
        qualifier: rng.pick(QUALIFIERS),
        asOf: partialDate(rng, year),
        regions,
        sectors: rng.sample(sectorList, 1),
        article: id,
      });
    }
    articles.push({
      id,
      status: 'curated',
      ...articleText(rng, namedList, byId),
      published,
      source: rng.pick(SOURCES),
      regions: namedList,
      sectors: sectorList,
    });
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
