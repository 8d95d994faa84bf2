/**
 * The interaction script: deterministic sequences of filter changes (years,
 * sectors) and selections (region, pair) drawn from what an atlas contains,
 * as `window.atlas.setState` arguments.
 */
import type { Atlas } from '../../src/domain/schema';
import { createRng, type Rng } from './prng';

/** One `window.atlas.setState` argument. */
export type Change = Readonly<Record<string, string | string[] | null>>;

function yearsOf(atlas: Atlas): [number, number] {
  const years = atlas.events.map((e) => Number(e.date.slice(0, 4)));
  if (years.length === 0) throw new Error('the atlas has no events to filter');
  return [Math.min(...years), Math.max(...years)];
}

function nextYears(rng: Rng, [min, max]: [number, number]): string {
  const a = min + rng.int(max - min + 1);
  if (rng.next() < 0.5) return String(a);
  const b = min + rng.int(max - min + 1);
  return a === b ? String(a) : `${Math.min(a, b)}-${Math.max(a, b)}`;
}

/**
 * `count` filter changes, alternating years and sectors; every fifth sector
 * change clears the sectors. No change repeats the one before it.
 */
export function filterChanges(atlas: Atlas, count: number, seed: number): Change[] {
  const rng = createRng(seed);
  const span = yearsOf(atlas);
  const sectors = [...new Set(atlas.events.flatMap((e) => e.sectors))].sort();
  const out: Change[] = [];
  let last = '';
  while (out.length < count) {
    const i = out.length;
    let change: Change;
    if (i % 2 === 0 || sectors.length === 0) change = { years: nextYears(rng, span) };
    else if (i % 10 === 9) change = { sectors: [] };
    else change = { sectors: rng.sample(sectors, 1 + rng.int(Math.min(2, sectors.length))).sort() };
    const key = JSON.stringify(change);
    if (key === last) continue;
    last = key;
    out.push(change);
  }
  return out;
}

/** `count` selections, alternating a region named by an event and a pair of an event's parties. */
export function selectionChanges(atlas: Atlas, count: number, seed: number): Change[] {
  const rng = createRng(seed);
  const regions = [...new Set(atlas.events.flatMap((e) => e.parties))].sort();
  const pairs = [
    ...new Set(
      atlas.events.flatMap((e) => {
        const [a, b] = e.parties;
        return a && b && a !== b ? [[a, b].sort().join('~')] : [];
      }),
    ),
  ].sort();
  if (regions.length === 0) throw new Error('the atlas has no event parties to select');
  const out: Change[] = [];
  let last = '';
  while (out.length < count) {
    const change: Change =
      out.length % 2 === 1 && pairs.length > 0
        ? { pair: rng.pick(pairs) }
        : { region: rng.pick(regions) };
    const key = JSON.stringify(change);
    if (key === last && regions.length + pairs.length > 1) continue;
    last = key;
    out.push(change);
  }
  return out;
}
