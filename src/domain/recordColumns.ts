/**
 * The records of an indexed atlas as typed columns, built once per atlas, so that
 * filtering 30,000 events and 50,000 figures (`select.ts`) is a loop over numbers:
 * year spans, sectors as bit masks, articles and regions as positions. Every
 * sector id the atlas mentions gets a bit while there are at most {@link MAX_SECTOR_BITS};
 * beyond that `sectorBit` is null and callers compare sector lists instead.
 */
import type { AtlasIndex } from './atlasIndex';
import type { RegionId, SectorId } from './schema';

/** Sector bits fit in a 32-bit integer with room to spare. */
export const MAX_SECTOR_BITS = 30;

/** Regions listed per record, flattened: record `i`'s are `ids[start[i]]` to `ids[start[i + 1] - 1]`. */
export interface RegionLists {
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

/** Columns of one kind of record, in the index's order of that kind. */
export interface Columns {
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Bit mask of the record's sectors (0 when `sectorBit` is null). */
  readonly sectors: Int32Array;
  /** Position of the record's article in `atlas.articles`, or -1. */
  readonly article: Int32Array;
}

/** The typed columns of an atlas. */
export interface RecordColumns {
  /** Every region id a record names (gazetteer first), by position. */
  readonly regions: readonly RegionId[];
  readonly sectorBit: ReadonlyMap<SectorId, number> | null;
  readonly events: Columns & {
    /** Parties and venue (`EventFacts.named`) and every region that counts them (`touched`). */
    readonly named: RegionLists;
    readonly touched: RegionLists;
  };
  readonly figures: Columns & { readonly regions: RegionLists };
  /** `article`: the position of the first article with the same id (ids are not checked unique). */
  readonly articles: Columns;
}

function lists(
  groups: readonly (readonly RegionId[])[],
  pos: (id: RegionId) => number,
): RegionLists {
  const start = new Int32Array(groups.length + 1);
  let total = 0;
  groups.forEach((group, i) => {
    total += group.length;
    start[i + 1] = total;
  });
  const ids = new Int32Array(total);
  let k = 0;
  for (const group of groups) for (const id of group) ids[k++] = pos(id);
  return { start, ids };
}

function sectorBits(index: AtlasIndex): Map<SectorId, number> | null {
  const bit = new Map<SectorId, number>();
  const add = (id: SectorId) => {
    if (!bit.has(id)) bit.set(id, bit.size);
  };
  index.atlas.sectors.forEach((s) => add(s.id));
  for (const list of [index.events, index.figures, index.atlas.articles]) {
    for (const r of list) r.sectors.forEach(add);
  }
  return bit.size <= MAX_SECTOR_BITS ? bit : null;
}

const built = new WeakMap<AtlasIndex, RecordColumns>();

/** The columns of an atlas, built on first use and kept as long as the index. */
export function recordColumns(index: AtlasIndex): RecordColumns {
  const known = built.get(index);
  if (known) return known;
  const regions = index.atlas.regions.map((r) => r.id);
  const regionPos = new Map(regions.map((id, i) => [id, i]));
  const pos = (id: RegionId): number => {
    let at = regionPos.get(id);
    if (at === undefined) {
      at = regions.length;
      regions.push(id);
      regionPos.set(id, at);
    }
    return at;
  };
  const articlePos = new Map<string, number>();
  index.atlas.articles.forEach((a, i) => {
    if (!articlePos.has(a.id)) articlePos.set(a.id, i);
  });
  const bit = sectorBits(index);
  const mask = (sectors: readonly SectorId[]) => {
    let m = 0;
    if (bit) for (const s of sectors) m |= 1 << (bit.get(s) ?? 0);
    return m;
  };
  const columns = <T extends { sectors: readonly SectorId[] }>(
    records: readonly T[],
    spans: readonly (readonly [number, number] | undefined)[],
  ) => {
    const from = new Int32Array(records.length);
    const to = new Int32Array(records.length);
    const sectors = new Int32Array(records.length);
    records.forEach((r, i) => {
      const span = spans[i];
      from[i] = span?.[0] ?? 0;
      to[i] = span?.[1] ?? 0;
      sectors[i] = mask(r.sectors);
    });
    return { from, to, sectors };
  };
  const articleOf = (r: { article: string }) => articlePos.get(r.article) ?? -1;
  const result: RecordColumns = {
    regions,
    sectorBit: bit,
    events: {
      ...columns(
        index.events,
        index.eventFacts.map((f) => f.years),
      ),
      article: Int32Array.from(index.events, articleOf),
      named: lists(
        index.eventFacts.map((f) => f.named),
        pos,
      ),
      touched: lists(
        index.eventFacts.map((f) => f.touched),
        pos,
      ),
    },
    figures: {
      ...columns(index.figures, index.figureYears),
      article: Int32Array.from(index.figures, articleOf),
      regions: lists(
        index.figures.map((f) => f.regions),
        pos,
      ),
    },
    articles: {
      ...columns(index.atlas.articles, index.articleYears),
      article: Int32Array.from(index.atlas.articles, (a) => articlePos.get(a.id) ?? -1),
    },
  };
  built.set(index, result);
  return result;
}
