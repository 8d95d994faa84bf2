/**
 * Flows: the links of a view merged to the level that is legible at the current camera
 * (after flowmap.gl's cluster levels, but along China's administrative divisions, so a
 * merged end is a real place: "Sichuan and everything in it"). Every link is counted
 * exactly once: in one drawn flow, in one weaker flow beyond the drawing budget, or inside
 * a merged place. A selection always shows its own links at full detail.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { endHolds } from '../domain/flowDetails';
import type { YearSpan } from '../domain/dates';
import type { Link } from '../domain/links';
import type { RegionId } from '../domain/schema';
import {
  DEEP_MARK,
  endKey,
  flowKey,
  isMergedFlowId,
  parseEnd,
  type FlowEndRef,
} from '../domain/selection';

/** One end of a flow: a region on its own, or (`deep`) a region with everything inside it. */
export type FlowEnd = FlowEndRef;

/** A flow between two ends, holding one or more links. */
export interface Flow {
  /** Stable across zooms: the two ends' keys, sorted, joined by `~` (an individual link's id). */
  readonly id: string;
  readonly a: FlowEnd;
  readonly b: FlowEnd;
  readonly links: readonly Link[];
  /** Distinct events of its links. */
  readonly events: number;
  readonly years: YearSpan;
  /** Set when every held link points the same way between the two ends. */
  readonly direction: { readonly from: RegionId; readonly to: RegionId } | null;
}

export { DEEP_MARK, endHolds, endKey, flowKey, isMergedFlowId, parseEnd };

/** Which regions the cut opens up: their own links and their children are shown apart. */
export type Cut = ReadonlySet<RegionId>;

/** Regions that have a child in the gazetteer (only they can be deep), per atlas. */
const parentsOf = new WeakMap<AtlasIndex, ReadonlySet<RegionId>>();
export function parentRegions(index: AtlasIndex): ReadonlySet<RegionId> {
  let parents = parentsOf.get(index);
  if (!parents) {
    parents = new Set(index.atlas.regions.flatMap((r) => (r.parent ? [r.parent] : [])));
    parentsOf.set(index, parents);
  }
  return parents;
}

/** The end a region's link is drawn from under `cut`: its outermost closed ancestor, or itself. */
export function endOf(index: AtlasIndex, cut: Cut, id: RegionId): FlowEnd {
  const chain = [...(index.ancestors.get(id) ?? [])].reverse();
  for (const outer of chain) if (!cut.has(outer)) return { id: outer, deep: true };
  const deep = !cut.has(id) && parentRegions(index).has(id);
  return { id, deep };
}

interface Bucket {
  a: FlowEnd;
  b: FlowEnd;
  links: Link[];
}

function spanOf(links: readonly Link[]): YearSpan {
  let from = Infinity;
  let to = -Infinity;
  for (const l of links) {
    from = Math.min(from, l.years[0]);
    to = Math.max(to, l.years[1]);
  }
  return [from, to];
}

function directionOf(index: AtlasIndex, bucket: Bucket): Flow['direction'] {
  let found: Flow['direction'] = null;
  for (const l of bucket.links) {
    if (!l.direction) return null;
    const fromA = endHolds(index, bucket.a, l.direction.from);
    const from = fromA ? bucket.a.id : bucket.b.id;
    const to = fromA ? bucket.b.id : bucket.a.id;
    if (found && found.from !== from) return null;
    found = { from, to };
  }
  return found;
}

function toFlow(index: AtlasIndex, id: string, bucket: Bucket): Flow {
  const events = new Set<unknown>();
  for (const l of bucket.links) for (const e of l.events) events.add(e);
  const [a, b] = endKey(bucket.a) < endKey(bucket.b) ? [bucket.a, bucket.b] : [bucket.b, bucket.a];
  return {
    id,
    a,
    b,
    links: bucket.links,
    events: events.size,
    years: spanOf(bucket.links),
    direction: directionOf(index, bucket),
  };
}

/** The links of a view grouped under a cut: flows between two ends, and links inside one end. */
export interface Grouped {
  readonly flows: readonly Flow[];
  readonly inner: ReadonlyMap<string, readonly Link[]>;
}

/** Groups `links` by their ends under `cut`; links in `apart` are kept as individual flows. */
export function groupLinks(
  index: AtlasIndex,
  links: readonly Link[],
  cut: Cut,
  apart: (link: Link) => boolean = () => false,
): Grouped {
  const buckets = new Map<string, Bucket>();
  const inner = new Map<string, Link[]>();
  for (const link of links) {
    const individual = apart(link);
    const a = individual ? { id: link.a, deep: false } : endOf(index, cut, link.a);
    const b = individual ? { id: link.b, deep: false } : endOf(index, cut, link.b);
    const ka = endKey(a);
    const kb = endKey(b);
    if (ka === kb) {
      const held = inner.get(ka);
      if (held) held.push(link);
      else inner.set(ka, [link]);
      continue;
    }
    const id = flowKey(a, b);
    const bucket = buckets.get(id);
    if (bucket) bucket.links.push(link);
    else buckets.set(id, { a, b, links: [link] });
  }
  const flows = [...buckets].map(([id, bucket]) => toFlow(index, id, bucket));
  return { flows, inner };
}

/** Strongest first: more events, then more links, then by id (stable). */
export function byStrength(x: Flow, y: Flow): number {
  return y.events - x.events || y.links.length - x.links.length || (x.id < y.id ? -1 : 1);
}
