/**
 * The records of an indexed atlas as typed columns, built once per atlas, so that
 * filtering 30,000 events and 50,000 figures (`select.ts`) is a loop over numbers:
 * year spans, sectors as bit masks, articles and regions as positions. Every
 * sector id the atlas mentions gets a bit while there are at most {@link MAX_SECTOR_BITS};
 * beyond that `sectorBit` is null and callers compare sector lists instead.
 */
import { articleYears, figureYears, type AtlasIndex } from './atlasIndex';
import type { YearSpan } from './dates';
import {
  adoptRegionIndex,
  flatRegionBuffers,
  flatRegionIndex,
  type FlatRegionIndex,
} from './regionIndex';
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

/** The region lists of `count` records, `of(i)` being record `i`'s, as positions by `pos`. */
function lists(
  count: number,
  of: (i: number) => readonly RegionId[],
  pos: (id: RegionId) => number,
): RegionLists {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) start[i + 1] = (start[i] ?? 0) + of(i).length;
  const ids = new Int32Array(start[count] ?? 0);
  let k = 0;
  for (let i = 0; i < count; i++) for (const id of of(i)) ids[k++] = pos(id);
  return { start, ids };
}

const built = new WeakMap<AtlasIndex, RecordColumns>();

/** FNV-1a over the ids, in order: a cheap fingerprint of an order of records. */
function orderHash(ids: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x7c, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

/**
 * What columns built elsewhere (the atlas worker) must match to be used for an index:
 * the number of each kind of record and the order of the events (the index sorts them).
 */
export function columnsStamp(index: AtlasIndex): string {
  const { events, figures, atlas } = index;
  const counts = [events.length, figures.length, atlas.articles.length, atlas.regions.length];
  return `${counts.join(':')}:${orderHash(events.map((e) => e.id))}`;
}

/** Columns and the region index built for an index elsewhere, with the stamp of that index. */
export interface BuiltColumns {
  readonly stamp: string;
  readonly columns: RecordColumns;
  readonly regionIndex: FlatRegionIndex;
}

/** The columns and region index of `index` with its stamp, for a worker to send (see {@link columnBuffers}). */
export function buildColumns(index: AtlasIndex): BuiltColumns {
  return {
    stamp: columnsStamp(index),
    columns: recordColumns(index),
    regionIndex: flatRegionIndex(index),
  };
}

/** The buffers behind the columns' and region index's typed arrays: transferred, not copied, to the page. */
export function columnBuffers({ columns, regionIndex }: BuiltColumns): ArrayBuffer[] {
  const { events, figures, articles } = columns;
  const arrays = [
    ...[events, figures, articles].flatMap((c) => [c.from, c.to, c.sectors, c.article]),
    ...[events.named, events.touched, figures.regions].flatMap((l) => [l.start, l.ids]),
  ];
  return [...arrays.map((a) => a.buffer as ArrayBuffer), ...flatRegionBuffers(regionIndex)];
}

/**
 * Uses columns and a region index built elsewhere for `index` when they were built for the
 * same records in the same order (their stamp matches); else each is built here on first use.
 * Returns whether the columns were taken.
 */
export function adoptColumns(index: AtlasIndex, sent: BuiltColumns | null): boolean {
  if (!sent || sent.stamp !== columnsStamp(index)) return false;
  adoptRegionIndex(index, sent.regionIndex);
  if (built.has(index)) return false;
  built.set(index, sent.columns);
  return true;
}

/**
 * The bits of `sectors` in the records' sector masks (`Columns.sectors`): a record names one
 * of them when its mask and this share a bit. Null when the atlas has too many sectors for
 * bits (compare the records' sector lists then).
 */
export function sectorMask(cols: RecordColumns, sectors: readonly SectorId[]): number | null {
  const bit = cols.sectorBit;
  if (!bit) return null;
  let mask = 0;
  for (const s of sectors) {
    const b = bit.get(s);
    if (b !== undefined) mask |= 1 << b;
  }
  return mask;
}

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
  // Sector bits in order of first mention: the atlas's sectors, then events, figures, articles.
  const bit = new Map<SectorId, number>();
  for (const s of index.atlas.sectors) if (!bit.has(s.id)) bit.set(s.id, bit.size);
  const mask = (sectors: readonly SectorId[]) => {
    let m = 0;
    for (const s of sectors) {
      let b = bit.get(s);
      if (b === undefined) bit.set(s, (b = bit.size));
      m |= 1 << b;
    }
    return m;
  };
  const columns = <R extends { readonly sectors: readonly SectorId[]; readonly article: string }>(
    records: readonly R[],
    spanOf: (record: R, i: number) => YearSpan,
  ): Columns => {
    const n = records.length;
    const c = {
      from: new Int32Array(n),
      to: new Int32Array(n),
      sectors: new Int32Array(n),
      article: new Int32Array(n),
    };
    for (let i = 0; i < n; i++) {
      const r = records[i];
      if (!r) continue;
      const [from, to] = spanOf(r, i);
      c.from[i] = from;
      c.to[i] = to;
      c.sectors[i] = mask(r.sectors);
      c.article[i] = articlePos.get(r.article) ?? -1;
    }
    return c;
  };
  const { events, eventFacts, figures, atlas } = index;
  const result: RecordColumns = {
    regions,
    sectorBit: bit,
    events: {
      ...columns(events, (_, i) => eventFacts[i]?.years ?? [0, 0]),
      named: lists(events.length, (i) => eventFacts[i]?.named ?? [], pos),
      touched: lists(events.length, (i) => eventFacts[i]?.touched ?? [], pos),
    },
    figures: {
      ...columns(figures, figureYears),
      regions: lists(figures.length, (i) => figures[i]?.regions ?? [], pos),
    },
    articles: columns(
      atlas.articles.map((a) => ({ sectors: a.sectors, article: a.id, years: articleYears(a) })),
      (a) => a.years,
    ),
  };
  if (bit.size > MAX_SECTOR_BITS) {
    for (const c of [result.events, result.figures, result.articles]) c.sectors.fill(0);
    return remember(index, { ...result, sectorBit: null });
  }
  return remember(index, result);
}

function remember(index: AtlasIndex, columns: RecordColumns): RecordColumns {
  built.set(index, columns);
  return columns;
}
