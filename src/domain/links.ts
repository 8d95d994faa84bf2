/**
 * Cooperation links, derived from events: two regions named together as
 * parties make a link. The table of every link and its events is built once
 * per atlas; a filtered view keeps the links with a passing event and reuses
 * the unfiltered link object when all of its events pass.
 */
import type { AtlasIndex } from './atlasIndex';
import type { YearSpan } from './dates';
import { PAIR_SEPARATOR } from './pairs';
import type { AtlasEvent, DirectionTerm, RegionId, SectorId } from './schema';

/** A cooperation link: two regions named together as parties of at least one event. */
export interface Link {
  /** `pairKey(a, b)`; `a < b`. */
  readonly id: string;
  readonly a: RegionId;
  readonly b: RegionId;
  /** Events naming both, in date order. */
  readonly events: readonly AtlasEvent[];
  /** Where each of {@link Link.events} is in `index.events`. */
  readonly slots: readonly number[];
  readonly years: YearSpan;
  readonly sectors: readonly SectorId[];
  /**
   * Set when every directed event of the link points the same way (Zhejiang → Aba), with
   * the articles' word for it when they all use the same one (东西部协作, 帮扶 …).
   */
  readonly direction: {
    readonly from: RegionId;
    readonly to: RegionId;
    readonly term?: DirectionTerm;
  } | null;
}

/** One pair of regions and the positions (in `index.events`) of the events that link them. */
interface PairEvents {
  readonly id: string;
  readonly a: RegionId;
  readonly b: RegionId;
  readonly rank: number;
  readonly events: readonly number[];
  /** The link with all of its events. */
  readonly whole: Link;
}

/** Every pair of the atlas with its events, in `index.events` order. */
export type LinkTable = readonly PairEvents[];

function makeLink(
  index: AtlasIndex,
  id: string,
  a: RegionId,
  b: RegionId,
  positions: readonly number[],
): Link {
  let from = Infinity;
  let to = -Infinity;
  const sectors = new Set<SectorId>();
  const directions = new Set<string>();
  const terms = new Set<DirectionTerm>();
  const events: AtlasEvent[] = [];
  const slots: number[] = [];
  for (const i of positions) {
    const e = index.events[i];
    const years = index.eventFacts[i]?.years;
    if (!e || !years) continue;
    events.push(e);
    slots.push(i);
    from = Math.min(from, years[0]);
    to = Math.max(to, years[1]);
    e.sectors.forEach((s) => sectors.add(s));
    // Both ends of the direction are the link's own (an event of three places may point elsewhere).
    const d = e.direction;
    if (d && (d.from === a || d.from === b) && (d.to === a || d.to === b)) {
      directions.add(`${d.from}>${d.to}`);
      terms.add(d.term ?? 'paired-assistance');
    }
  }
  const [only] = directions;
  const [dirFrom = '', dirTo = ''] = only?.split('>') ?? [];
  return {
    id,
    a,
    b,
    events,
    slots,
    years: [from, to],
    sectors: [...sectors].sort(),
    direction: directions.size === 1 ? { from: dirFrom, to: dirTo, ...termOf(terms) } : null,
  };
}

/** The one term all of a link's directed events use, unless it is the default (对口支援). */
function termOf(terms: ReadonlySet<DirectionTerm>): { term?: DirectionTerm } {
  const [only] = terms;
  return terms.size === 1 && only !== undefined && only !== 'paired-assistance'
    ? { term: only }
    : {};
}

const tables = new WeakMap<AtlasIndex, LinkTable>();

/** The link table of an atlas, built on first use and kept as long as the index. */
export function linkTable(index: AtlasIndex): LinkTable {
  const known = tables.get(index);
  if (known) return known;
  const byPair = new Map<string, number[]>();
  index.eventFacts.forEach((facts, i) => {
    for (const key of facts.pairs) {
      const list = byPair.get(key);
      if (list) list.push(i);
      else byPair.set(key, [i]);
    }
  });
  const table: PairEvents[] = [];
  for (const [id, events] of byPair) {
    const [a = '', b = ''] = id.split(PAIR_SEPARATOR);
    const rank = index.pairRank.get(id) ?? 0;
    table.push({ id, a, b, rank, events, whole: makeLink(index, id, a, b, events) });
  }
  tables.set(index, table);
  return table;
}

/**
 * The links of the events marked in `passing` (one flag per `index.events`
 * position), most events first, then by id in `localeCompare` order.
 */
export function linksOf(index: AtlasIndex, table: LinkTable, passing: Uint8Array): Link[] {
  const ranked: { link: Link; rank: number }[] = [];
  for (const pair of table) {
    let n = 0;
    for (const i of pair.events) n += passing[i] ?? 0;
    if (n === 0) continue;
    const link =
      n === pair.events.length
        ? pair.whole
        : makeLink(
            index,
            pair.id,
            pair.a,
            pair.b,
            pair.events.filter((i) => passing[i]),
          );
    ranked.push({ link, rank: pair.rank });
  }
  ranked.sort((x, y) => y.link.events.length - x.link.events.length || x.rank - y.rank);
  return ranked.map((r) => r.link);
}

const byKey = new WeakMap<AtlasIndex, ReadonlyMap<string, PairEvents>>();

/** Positions in `index.events` of the events that link the pair `key` (`pairKey`), ascending. */
export function pairEventPositions(index: AtlasIndex, key: string): readonly number[] {
  let pairs = byKey.get(index);
  if (!pairs) {
    pairs = new Map(linkTable(index).map((p) => [p.id, p]));
    byKey.set(index, pairs);
  }
  return pairs.get(key)?.events ?? [];
}
