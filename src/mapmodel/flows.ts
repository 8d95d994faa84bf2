/**
 * Flows: the links of a view merged to the level that is legible at the current camera
 * (after flowmap.gl's cluster levels, but along China's administrative divisions, so a
 * merged end is a real place: "Sichuan and everything in it"). Every link is counted
 * exactly once: in one drawn flow, in one weaker flow beyond the drawing budget, in one
 * flow between places outside the view that the budget had no room for, or inside a
 * merged place. A selection always shows its own links at full detail.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { endHolds } from '../domain/flowDetails';
import type { YearSpan } from '../domain/dates';
import type { Link } from '../domain/links';
import { pairKey } from '../domain/pairs';
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
  const chain = index.ancestors.get(id) ?? [];
  // Nearest first: the outermost closed ancestor is the last one checked from the outside in.
  for (let i = chain.length - 1; i >= 0; i--) {
    const outer = chain[i];
    if (outer !== undefined && !cut.has(outer)) return { id: outer, deep: true };
  }
  const deep = !cut.has(id) && parentRegions(index).has(id);
  return { id, deep };
}

/** A region's end under one cut, with its key. */
export interface KeyedEnd {
  readonly end: FlowEnd;
  readonly key: string;
}

/** `endOf` under one cut, remembered per region: a layout asks for the same few hundred ends. */
export function endsUnder(index: AtlasIndex, cut: Cut): (id: RegionId) => KeyedEnd {
  const known = new Map<RegionId, KeyedEnd>();
  return (id) => {
    let keyed = known.get(id);
    if (!keyed) {
      const end = endOf(index, cut, id);
      known.set(id, (keyed = { end, key: endKey(end) }));
    }
    return keyed;
  };
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

/**
 * A link's events split for counting: how many make no other link (an event between two
 * places makes one), and those that do (an event naming three places makes three).
 */
interface LinkEvents {
  readonly solo: number;
  readonly shared: readonly number[];
}
const splitOf = new WeakMap<Link, LinkEvents>();

function linkEvents(index: AtlasIndex, link: Link): LinkEvents {
  const known = splitOf.get(link);
  if (known) return known;
  let solo = 0;
  const shared: number[] = [];
  for (const slot of link.slots) {
    if ((index.eventFacts[slot]?.pairs.length ?? 0) <= 1) solo++;
    else shared.push(slot);
  }
  const split = { solo, shared };
  splitOf.set(link, split);
  return split;
}

let seen = new Int32Array(0);
let tick = 0;

/** Distinct events of `links`: an event that names three places is in three links. */
export function distinctEvents(index: AtlasIndex, links: readonly Link[]): number {
  if (links.length === 1) return links[0]?.events.length ?? 0;
  if (seen.length < index.events.length) seen = new Int32Array(index.events.length);
  tick = tick === 0x7fffffff ? 1 : tick + 1;
  if (tick === 1) seen.fill(0);
  let n = 0;
  for (const l of links) {
    const { solo, shared } = linkEvents(index, l);
    n += solo;
    for (const slot of shared) {
      if (seen[slot] !== tick) {
        seen[slot] = tick;
        n++;
      }
    }
  }
  return n;
}

function toFlow(index: AtlasIndex, id: string, bucket: Bucket): Flow {
  const [a, b] = endKey(bucket.a) < endKey(bucket.b) ? [bucket.a, bucket.b] : [bucket.b, bucket.a];
  return {
    id,
    a,
    b,
    links: bucket.links,
    events: distinctEvents(index, bucket.links),
    years: spanOf(bucket.links),
    direction: directionOf(index, bucket),
  };
}

/** The links of a view grouped under a cut: flows between two ends, and links inside one end. */
export interface Grouped {
  readonly flows: readonly Flow[];
  readonly inner: ReadonlyMap<string, readonly Link[]>;
}

function single(id: RegionId): KeyedEnd {
  return { end: { id, deep: false }, key: id };
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
  const ends = endsUnder(index, cut);
  for (const link of links) {
    const individual = apart(link);
    const { end: a, key: ka } = individual ? single(link.a) : ends(link.a);
    const { end: b, key: kb } = individual ? single(link.b) : ends(link.b);
    if (ka === kb) {
      const held = inner.get(ka);
      if (held) held.push(link);
      else inner.set(ka, [link]);
      continue;
    }
    const id = pairKey(ka, kb);
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
