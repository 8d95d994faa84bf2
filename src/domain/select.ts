/**
 * Pure derivations from (atlas, filters): what the map, the overview and the
 * panels show. Views call these inside `useMemo` with stable inputs.
 */
import type { Article, AtlasEvent, Figure, RegionId, SectorId } from './schema';
import type { AtlasIndex } from './atlasIndex';
import { areNested } from './atlasIndex';
import { articlePasses, eventPasses, figurePasses, type Filters } from './filters';
import { yearSpan, type YearSpan } from './dates';

/** Separator of the two region ids in a pair key and the `pair` URL parameter. */
export const PAIR_SEPARATOR = '~';

/** The canonical key of an unordered pair of regions: ids sorted, joined by `~`. */
export function pairKey(a: RegionId, b: RegionId): string {
  return a < b ? `${a}${PAIR_SEPARATOR}${b}` : `${b}${PAIR_SEPARATOR}${a}`;
}

/** A cooperation link: two regions named together as parties of at least one event. */
export interface Link {
  /** `pairKey(a, b)`; `a < b`. */
  readonly id: string;
  readonly a: RegionId;
  readonly b: RegionId;
  /** Events naming both, in date order. */
  readonly events: readonly AtlasEvent[];
  readonly years: YearSpan;
  readonly sectors: readonly SectorId[];
  /** Set when every directed event of the link points the same way (Zhejiang → Aba). */
  readonly direction: { readonly from: RegionId; readonly to: RegionId } | null;
}

/** Everything that passes the filters, plus the links and per-region activity they imply. */
export interface FilteredView {
  readonly filters: Filters;
  readonly events: readonly AtlasEvent[];
  readonly figures: readonly Figure[];
  readonly articles: readonly Article[];
  readonly links: readonly Link[];
  /**
   * Events per region under the filters, counting each event for its parties and
   * venue and for every region that contains them (an event in Rongchang counts for Chongqing).
   */
  readonly activity: ReadonlyMap<RegionId, number>;
  /** Regions an event or figure names directly (not their ancestors), sorted by id. */
  readonly involved: readonly RegionId[];
}

function buildLinks(index: AtlasIndex, events: readonly AtlasEvent[]): Link[] {
  const byPair = new Map<string, AtlasEvent[]>();
  for (const event of events) {
    const parties = [...new Set(event.parties)];
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const a = parties[i];
        const b = parties[j];
        if (a === undefined || b === undefined || areNested(index, a, b)) continue;
        const key = pairKey(a, b);
        const list = byPair.get(key);
        if (list) list.push(event);
        else byPair.set(key, [event]);
      }
    }
  }
  const links: Link[] = [];
  for (const [id, linkEvents] of byPair) {
    const [a = '', b = ''] = id.split(PAIR_SEPARATOR);
    let from = Infinity;
    let to = -Infinity;
    const sectors = new Set<SectorId>();
    const directions = new Set<string>();
    for (const e of linkEvents) {
      const [f, t] = yearSpan(e.date, e.endDate);
      from = Math.min(from, f);
      to = Math.max(to, t);
      e.sectors.forEach((s) => sectors.add(s));
      if (e.direction && new Set([e.direction.from, e.direction.to, a, b]).size === 2) {
        directions.add(`${e.direction.from}>${e.direction.to}`);
      }
    }
    const [only] = directions;
    const [dirFrom = '', dirTo = ''] = only?.split('>') ?? [];
    links.push({
      id,
      a,
      b,
      events: linkEvents,
      years: [from, to],
      sectors: [...sectors].sort(),
      direction: directions.size === 1 ? { from: dirFrom, to: dirTo } : null,
    });
  }
  return links.sort((x, y) => y.events.length - x.events.length || x.id.localeCompare(y.id));
}

/** Derives the filtered view. Pure: same inputs, equal output. */
export function selectView(index: AtlasIndex, filters: Filters): FilteredView {
  const events = index.events.filter((e) => eventPasses(filters, e));
  const figures = index.figures.filter((f) => figurePasses(filters, f));
  const eventArticles = new Set(events.map((e) => e.article));
  for (const f of figures) eventArticles.add(f.article);
  const articles = index.atlas.articles.filter((a) => articlePasses(filters, a, eventArticles));

  const activity = new Map<RegionId, number>();
  const involved = new Set<RegionId>();
  for (const event of events) {
    const touched = new Set<RegionId>();
    for (const id of [...event.parties, ...(event.venue ? [event.venue] : [])]) {
      involved.add(id);
      touched.add(id);
      index.ancestors.get(id)?.forEach((p) => touched.add(p));
    }
    touched.forEach((id) => activity.set(id, (activity.get(id) ?? 0) + 1));
  }
  for (const figure of figures) figure.regions.forEach((id) => involved.add(id));

  return {
    filters,
    events,
    figures,
    articles,
    links: buildLinks(index, events),
    activity,
    involved: [...involved].sort(),
  };
}
