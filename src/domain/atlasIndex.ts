/**
 * Lookup structures built once per loaded atlas, so every later derivation
 * (filters, selection, map data) is a walk over small arrays or a map lookup.
 */
import type { Article, Atlas, AtlasEvent, Figure, Region, RegionId, Sector } from './schema';
import { compareDates, dateSortKey, yearOf, yearSpan, type YearSpan } from './dates';
import { PAIR_SEPARATOR, pairKey } from './pairs';

/** What filtering, activity and links need of one event, worked out once. */
export interface EventFacts {
  readonly years: YearSpan;
  /** Parties and venue, each once: the regions the event names. */
  readonly named: readonly RegionId[];
  /** `named` plus every region that contains one of them, each once: where the event counts as activity. */
  readonly touched: readonly RegionId[];
  /** Keys (`pairKey`) of the links the event makes: pairs of its parties, nested pairs left out. */
  readonly pairs: readonly string[];
}

/** The atlas plus the indexes derived from it. Treat as immutable. */
export interface AtlasIndex {
  readonly atlas: Atlas;
  readonly regionById: ReadonlyMap<RegionId, Region>;
  readonly sectorById: ReadonlyMap<string, Sector>;
  readonly articleById: ReadonlyMap<string, Article>;
  /** Each region's ancestors, nearest first (Rongchang → [chongqing]). */
  readonly ancestors: ReadonlyMap<RegionId, readonly RegionId[]>;
  /** Events sorted by date, then article, then id. */
  readonly events: readonly AtlasEvent[];
  /** Facts of each event of {@link AtlasIndex.events}, at the same position. */
  readonly eventFacts: readonly EventFacts[];
  readonly figures: readonly Figure[];
  /** Each link key's rank in `localeCompare` order: equally busy links are listed by it. */
  readonly pairRank: ReadonlyMap<string, number>;
  /** First and last year any event, figure or article of the atlas refers to. */
  readonly years: YearSpan;
}

function ancestorsOf(regionById: ReadonlyMap<RegionId, Region>, id: RegionId): RegionId[] {
  const out: RegionId[] = [];
  let parent = regionById.get(id)?.parent ?? null;
  while (parent && !out.includes(parent)) {
    out.push(parent);
    parent = regionById.get(parent)?.parent ?? null;
  }
  return out;
}

function addOnce(list: RegionId[], id: RegionId): void {
  if (!list.includes(id)) list.push(id);
}

/**
 * Pair keys made once per pair: at 10,000 articles 30,000 events name about 2,000 pairs,
 * and a key built per event is a new string each time.
 */
function pairKeys(): (a: RegionId, b: RegionId) => string {
  const known = new Map<RegionId, Map<RegionId, string>>();
  return (a, b) => {
    const first = a < b ? a : b;
    const second = a < b ? b : a;
    let inner = known.get(first);
    if (!inner) known.set(first, (inner = new Map()));
    let key = inner.get(second);
    if (key === undefined) inner.set(second, (key = pairKey(first, second)));
    return key;
  };
}

/** What an event's places give: the same for every event with the same parties and venue. */
type Places = Omit<EventFacts, 'years'>;

function placesOf(
  event: AtlasEvent,
  ancestors: ReadonlyMap<RegionId, readonly RegionId[]>,
  keyOf: (a: RegionId, b: RegionId) => string,
): Places {
  const named: RegionId[] = [];
  const touched: RegionId[] = [];
  for (const id of event.parties) addOnce(named, id);
  if (event.venue) addOnce(named, event.venue);
  for (const id of named) {
    addOnce(touched, id);
    for (const a of ancestors.get(id) ?? []) addOnce(touched, a);
  }
  const parties = named.length === event.parties.length ? named : [...new Set(event.parties)];
  const pairs: string[] = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const a = parties[i];
      const b = parties[j];
      if (a === undefined || b === undefined) continue;
      if (ancestors.get(a)?.includes(b) || ancestors.get(b)?.includes(a)) continue;
      pairs.push(keyOf(a, b));
    }
  }
  return { named, touched, pairs };
}

/**
 * Each event's facts. A pack gives the events that name the same parties one list
 * (`io/packedJson.ts`): those with no venue then share their places too, worked out once.
 */
function factsOf(
  events: readonly AtlasEvent[],
  ancestors: ReadonlyMap<RegionId, readonly RegionId[]>,
): EventFacts[] {
  const keyOf = pairKeys();
  const byParties = new WeakMap<readonly RegionId[], Places>();
  // About a hundred different spans for 30,000 events: one tuple each (they are read-only).
  const spans = new Map<number, YearSpan>();
  const spanOf = (event: AtlasEvent): YearSpan => {
    const [from, to] = yearSpan(event.date, event.endDate);
    let span = spans.get(from * 10_000 + to);
    if (!span) spans.set(from * 10_000 + to, (span = [from, to]));
    return span;
  };
  return events.map((event) => {
    let places = event.venue ? undefined : byParties.get(event.parties);
    if (!places) {
      places = placesOf(event, ancestors, keyOf);
      if (!event.venue) byParties.set(event.parties, places);
    }
    const { named, touched, pairs } = places;
    return { years: spanOf(event), named, touched, pairs };
  });
}

/**
 * `localeCompare` order (the same by definition: `localeCompare` is specified as a
 * collator of the default locale), with one collator instead of one per call.
 */
const collate = new Intl.Collator().compare;

const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Link keys in `localeCompare` order, cheaply: first in code-unit order (the engine's
 * native sort) with `~` read as `/`, which in most locales' collation sits where `~`
 * does (after `-`, before digits); then the collator's stable sort, which on a sorted
 * run needs about one comparison per key. The collator, slow in some locales
 * (Chinese), is then called about n times instead of n log n.
 */
function sortPairKeys(keys: readonly string[]): string[] {
  // Region ids never contain `/` (`RegionIdSchema`), so the mapping is reversible.
  const near = keys.map((k) => k.replace(PAIR_SEPARATOR, '/')).sort();
  return near.map((k) => k.replace('/', PAIR_SEPARATOR)).sort(collate);
}

/** Ids in `localeCompare` order, ties (ids only their collation finds equal) by code units. */
const byIds = (a: string, b: string): number => (a === b ? 0 : collate(a, b) || byBytes(a, b));

/** True when `events` are in {@link sortEvents}' order already (one pass, no allocation). */
function inOrder(events: readonly AtlasEvent[]): boolean {
  for (let i = 1; i < events.length; i++) {
    const prev = events[i - 1];
    const e = events[i];
    if (!prev || !e) return false;
    const order =
      compareDates(prev.date, e.date) || byIds(prev.article, e.article) || byIds(prev.id, e.id);
    if (order > 0) return false;
  }
  return true;
}

/**
 * Events by date (`dateSortKey`: digits and `-`, the same order in bytes and in any
 * collation), then article, then id, in `localeCompare` order. The compiled files
 * list them in this order already: one pass finds it so, with no sort.
 */
function sortEvents(events: readonly AtlasEvent[]): AtlasEvent[] {
  if (inOrder(events)) return [...events];
  const keyed = events.map((e) => ({ e, date: dateSortKey(e.date) }));
  keyed.sort(
    (a, b) =>
      byBytes(a.date, b.date) || byBytes(a.e.article, b.e.article) || byBytes(a.e.id, b.e.id),
  );
  keyed.sort(
    (a, b) =>
      byBytes(a.date, b.date) || collate(a.e.article, b.e.article) || collate(a.e.id, b.e.id),
  );
  return keyed.map((k) => k.e);
}

/**
 * Builds the indexes of an atlas whose records are trusted (hash-verified or
 * validated). Events arrive in the compiled files' order, which for the ids the
 * pipeline writes is already this index's order: the stable sort then only checks it.
 */
export function buildIndex(atlas: Atlas): AtlasIndex {
  const regionById = new Map(atlas.regions.map((r) => [r.id, r]));
  const ancestors = new Map(atlas.regions.map((r) => [r.id, ancestorsOf(regionById, r.id)]));
  const events = sortEvents(atlas.events);
  const facts = factsOf(events, ancestors);
  let from = Infinity;
  let to = -Infinity;
  const cover = (a: number, b: number) => {
    if (a < from) from = a;
    if (b > to) to = b;
  };
  for (const { years } of facts) cover(years[0], years[1]);
  for (const f of atlas.figures) cover(...figureYears(f));
  for (const a of atlas.articles) cover(...articleYears(a));
  const thisYear = yearOf(atlas.dataDate || '2000');
  return {
    atlas,
    regionById,
    sectorById: new Map(atlas.sectors.map((s) => [s.id, s])),
    articleById: new Map(atlas.articles.map((a) => [a.id, a])),
    ancestors,
    events,
    eventFacts: facts,
    figures: atlas.figures,
    pairRank: new Map(
      sortPairKeys([...new Set(facts.flatMap((f) => f.pairs))]).map((key, i) => [key, i]),
    ),
    years: Number.isFinite(from) ? [from, to] : [thisYear, thisYear],
  };
}

/** The years a figure is about (its `asOf`). */
export const figureYears = (figure: Figure): YearSpan => yearSpan(figure.asOf);

/** The years of an article: the year it was published. */
export const articleYears = (article: Article): YearSpan =>
  yearSpan(article.published.slice(0, 10));

/** True when `id` is `region` itself or lies inside it (Rongchang is within Chongqing). */
export function isWithin(index: AtlasIndex, id: RegionId, region: RegionId): boolean {
  return id === region || (index.ancestors.get(id)?.includes(region) ?? false);
}

/** True when one of the two regions contains the other; such pairs make no link. */
export function areNested(index: AtlasIndex, a: RegionId, b: RegionId): boolean {
  return isWithin(index, a, b) || isWithin(index, b, a);
}
