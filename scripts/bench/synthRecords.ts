/**
 * The records both synthetic shapes write: an event between two regions, and an
 * article with its figures. Only which regions, types, sectors and years differ
 * between the shapes; dates, venues, figures and texts are drawn here alike.
 */
import type {
  FullArticle,
  FullEvent,
  FullFigure,
  Region,
  RegionId,
  SectorId,
} from '../../src/domain/schema';
import type { Rng } from './prng';
import { articleText, eventText, figureText, SOURCES, type RegionLookup } from './synthText';

/** Years the synthetic articles are published in. */
export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2025;

export const EVENTS_PER_ARTICLE = 3;
export const FIGURES_PER_ARTICLE = 5;

const QUALIFIERS: readonly FullFigure['qualifier'][] = [
  'exact',
  'exact',
  'more-than',
  'about',
  'nearly',
];

/** `n` zero-padded to `width` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A random day of `year`, `YYYY-MM-DD`. */
export function randomDay(rng: Rng, year: number): string {
  return `${year}-${pad(1 + rng.int(12))}-${pad(1 + rng.int(28))}`;
}

/** A date at a random precision (day, month or year) within `year`. */
function partialDate(rng: Rng, year: number): string {
  const r = rng.next();
  const day = randomDay(rng, year);
  return r < 0.6 ? day : r < 0.85 ? day.slice(0, 7) : String(year);
}

/** The regions that contain `id` (its parent, the parent's parent …). */
export function ancestorsOf(byId: ReadonlyMap<RegionId, Region>, id: RegionId): Set<RegionId> {
  const out = new Set<RegionId>();
  let parent = byId.get(id)?.parent ?? null;
  while (parent && !out.has(parent)) {
    out.add(parent);
    parent = byId.get(parent)?.parent ?? null;
  }
  return out;
}

/** What an event is about; the rest (date, venue, direction) is drawn by {@link eventRecord}. */
export interface EventPlan {
  readonly a: Region;
  readonly b: Region;
  readonly type: FullEvent['type'];
  readonly sectors: readonly SectorId[];
  /** Chance that the event says `a` supports `b`. */
  readonly directionChance: number;
  /** The event is dated up to `lag - 1` years before its article (at least 1: the same year). */
  readonly lag: number;
}

/** Event `e<j+1>` of `article`, dated in `year` or up to `plan.lag - 1` years before. */
export function eventRecord(
  rng: Rng,
  plan: EventPlan,
  j: number,
  year: number,
  article: string,
): FullEvent {
  const { a, b, type } = plan;
  const date = partialDate(rng, Math.max(FIRST_YEAR, year - rng.int(plan.lag)));
  const day = date.length === 10 ? Number(date.slice(8)) : 28;
  const endDate = day < 28 && rng.next() < 0.05 ? `${date.slice(0, 8)}${pad(day + 1)}` : undefined;
  const venueRoll = rng.next();
  return {
    id: `e${j + 1}`,
    type,
    ...eventText(a, b, type),
    date,
    ...(endDate ? { endDate } : {}),
    venue: venueRoll < 0.3 ? a.id : venueRoll < 0.5 ? b.id : null,
    parties: [a.id, b.id],
    ...(rng.next() < plan.directionChance ? { direction: { from: a.id, to: b.id } } : {}),
    sectors: [...plan.sectors],
    article,
  };
}

/** Article `id` published on `published` about its events, with {@link FIGURES_PER_ARTICLE} figures. */
export function articleRecord(
  rng: Rng,
  id: string,
  year: number,
  published: string,
  events: readonly FullEvent[],
  byId: RegionLookup,
): { article: FullArticle; figures: FullFigure[] } {
  const namedList = [...new Set(events.flatMap((e) => e.parties))].sort();
  const sectorList = [...new Set(events.flatMap((e) => e.sectors))].sort();
  const figures: FullFigure[] = [];
  for (let j = 0; j < FIGURES_PER_ARTICLE; j++) {
    const regions: RegionId[] = rng.sample(namedList, rng.next() < 0.8 ? 1 : 2).sort();
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
  const article: FullArticle = {
    id,
    status: 'curated',
    ...articleText(rng, namedList, byId),
    published,
    source: rng.pick(SOURCES),
    regions: namedList,
    sectors: sectorList,
  };
  return { article, figures };
}
