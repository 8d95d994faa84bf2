/** What a merged flow holds under the current filters: its links, events, articles and years. */
import type { AtlasIndex } from './atlasIndex';
import type { YearSpan } from './dates';
import type { Link } from './links';
import type { Article, AtlasEvent, RegionId } from './schema';
import type { FilteredView } from './select';
import type { FlowEndRef } from './selection';

/** True when `id` is one of `end`'s regions: the region itself, or inside it when deep. */
export function endHolds(index: AtlasIndex, end: FlowEndRef, id: RegionId): boolean {
  if (id === end.id) return true;
  return end.deep && (index.ancestors.get(id)?.includes(end.id) ?? false);
}

/** True when a link runs between the two ends. */
export function flowHoldsLink(
  index: AtlasIndex,
  a: FlowEndRef,
  b: FlowEndRef,
  link: Pick<Link, 'a' | 'b'>,
): boolean {
  return (
    (endHolds(index, a, link.a) && endHolds(index, b, link.b)) ||
    (endHolds(index, a, link.b) && endHolds(index, b, link.a))
  );
}

/** The panel content of a flow. */
export interface FlowDetails {
  readonly a: FlowEndRef;
  readonly b: FlowEndRef;
  /** Its links under the filters, busiest first. */
  readonly links: readonly Link[];
  /** Distinct events of those links, in date order. */
  readonly events: readonly AtlasEvent[];
  /** Articles reporting them, newest first. */
  readonly articles: readonly Article[];
  readonly years: YearSpan | null;
}

/** What the flow between `a` and `b` holds in `view`. */
export function selectFlowDetails(
  index: AtlasIndex,
  view: FilteredView,
  a: FlowEndRef,
  b: FlowEndRef,
): FlowDetails {
  const links = view.links
    .filter((l) => flowHoldsLink(index, a, b, l))
    .sort((x, y) => y.events.length - x.events.length || (x.id < y.id ? -1 : 1));
  const held = new Set<AtlasEvent>();
  for (const l of links) for (const e of l.events) held.add(e);
  const events = view.events.filter((e) => held.has(e));
  const ids = new Set(events.map((e) => e.article));
  const articles = [...ids]
    .flatMap((id) => index.articleById.get(id) ?? [])
    .sort((x, y) => (y.published < x.published ? -1 : y.published > x.published ? 1 : 0));
  let from = Infinity;
  let to = -Infinity;
  for (const l of links) {
    from = Math.min(from, l.years[0]);
    to = Math.max(to, l.years[1]);
  }
  return { a, b, links, events, articles, years: links.length ? [from, to] : null };
}
