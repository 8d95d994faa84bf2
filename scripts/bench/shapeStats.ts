/**
 * What shape a synthetic atlas has, read back from its events: how concentrated the
 * events are on the busiest links, how activity changes over the years, and how many
 * links have a county at one end. Printed by `npm run synth`, kept in the bench's meta
 * and asserted by the generator's tests.
 */
import type { Atlas } from '../../src/domain/schema';

/** The shape figures of one atlas. */
export interface ShapeStats {
  /** Distinct links (unordered party pairs). */
  readonly links: number;
  /** Share of all events on the busiest 10 % of links (at least one link), 0–1. */
  readonly topDecileShare: number;
  /** Events on the busiest link. */
  readonly busiestLink: { readonly pair: string; readonly events: number };
  /** Events per year of the event date, oldest year first. */
  readonly eventsByYear: Readonly<Record<string, number>>;
  /** Links with a county-level region at either end. */
  readonly countyLinks: number;
  /** Regions named by at least one event, by level. */
  readonly regionsByLevel: Readonly<Record<string, number>>;
}

/** Reads the shape figures of `atlas`. */
export function shapeStats(atlas: Atlas): ShapeStats {
  const level = new Map(atlas.regions.map((r) => [r.id, r.level]));
  const perLink = new Map<string, number>();
  const byYear = new Map<string, number>();
  const named = new Set<string>();
  for (const e of atlas.events) {
    const key = [...e.parties].sort().join('~');
    perLink.set(key, (perLink.get(key) ?? 0) + 1);
    const year = e.date.slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
    e.parties.forEach((p) => named.add(p));
  }
  const ranked = [...perLink].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked.slice(0, Math.max(1, Math.ceil(ranked.length / 10)));
  const inTop = top.reduce((sum, [, n]) => sum + n, 0);
  const countyLinks = ranked.filter(([key]) =>
    key.split('~').some((id) => level.get(id) === 'county'),
  ).length;
  const regionsByLevel: Record<string, number> = {};
  for (const id of named) {
    const l = level.get(id) ?? 'unknown';
    regionsByLevel[l] = (regionsByLevel[l] ?? 0) + 1;
  }
  const [pair = '', events = 0] = ranked[0] ?? [];
  return {
    links: ranked.length,
    topDecileShare: atlas.events.length ? inTop / atlas.events.length : 0,
    busiestLink: { pair, events },
    eventsByYear: Object.fromEntries([...byYear].sort((a, b) => a[0].localeCompare(b[0]))),
    countyLinks,
    regionsByLevel,
  };
}
