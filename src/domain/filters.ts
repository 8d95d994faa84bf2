/** The user's filters and which atlas records pass them. */
import type { Article, AtlasEvent, Figure, SectorId } from './schema';
import { spansOverlap, yearSpan, type YearSpan } from './dates';

/** Year range and sectors; `years: null` and `sectors: []` mean "all". */
export interface Filters {
  readonly years: YearSpan | null;
  readonly sectors: readonly SectorId[];
}

/** Whether two filters show the same years and sectors (sectors in the same order). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.years?.[0] === b.years?.[0] &&
    a.years?.[1] === b.years?.[1] &&
    a.sectors.length === b.sectors.length &&
    a.sectors.every((s, i) => s === b.sectors[i])
  );
}

/** The filters that show everything. */
export const NO_FILTERS: Filters = Object.freeze({ years: null, sectors: Object.freeze([]) });

/** True when no filter is active. */
export function isUnfiltered(filters: Filters): boolean {
  return filters.years === null && filters.sectors.length === 0;
}

/**
 * True when something covering the years `span` with `sectors` passes: the
 * span overlaps the year filter and it shares a sector with the sector filter.
 * The shared rule of events, figures and articles, for callers that have the span already.
 */
export function spanPasses(
  filters: Filters,
  span: YearSpan,
  sectors: readonly SectorId[],
): boolean {
  if (filters.years && !spansOverlap(filters.years, span)) return false;
  return filters.sectors.length === 0 || sectors.some((s) => filters.sectors.includes(s));
}

/** An event passes when its date span overlaps the years and it shares a sector with the filter. */
export function eventPasses(filters: Filters, event: AtlasEvent): boolean {
  return spanPasses(filters, yearSpan(event.date, event.endDate), event.sectors);
}

/** A figure passes when its as-of year is in range and it shares a sector with the filter. */
export function figurePasses(filters: Filters, figure: Figure): boolean {
  return spanPasses(filters, yearSpan(figure.asOf), figure.sectors);
}

/**
 * An article passes when one of its events or figures passes. With no sector filter it
 * also passes by its own publication year (the 2019 article reports a 2014 agreement, so
 * it belongs to 2014 as well, and an article without records still has a year). A sector
 * filter lists an article only for records of that sector: its own sector tags are what
 * the text mentions, not what it reports.
 */
export function articlePasses(
  filters: Filters,
  article: Article,
  passingRecordArticles: ReadonlySet<string>,
): boolean {
  return (
    passingRecordArticles.has(article.id) ||
    (filters.sectors.length === 0 &&
      spanPasses(filters, yearSpan(article.published.slice(0, 10)), article.sectors))
  );
}
