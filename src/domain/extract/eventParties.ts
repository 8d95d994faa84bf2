/**
 * Where an event took place and who took part: the venue of `在X(、Y)举办` and the party
 * sets of a signing clause (pairs, separate subjects or one set). Its direction: `direction.ts`.
 */
import type { Level } from '../schema';
import type { EventContext } from './eventContext';
import type { Mention } from './mentions';
import type { Piece } from './structure';
import { between } from './structure';

const RANK: Record<Level, number> = { province: 0, prefecture: 1, county: 2 };
const VENUE = /在([^，。；]{1,24}?)(?:举办|举行|召开|开幕|签署|签订|签约|揭牌|开工|启动)/u;

/** Items of a list sorted by start that start in [from, to). */
export const within = between;
/** The distinct region ids of some mentions, in order. */
export const idsOf = (ms: readonly Mention[]) => [
  ...new Set(ms.flatMap((m) => (m.place.regionId ? [m.place.regionId] : []))),
];
/** The most specific region (county over prefecture over province) among mentions. */
export function mostSpecific(
  ms: readonly Mention[],
  levels: ReadonlyMap<string, Level>,
): string | null {
  let best: string | null = null;
  for (const id of idsOf(ms)) {
    if (best === null || RANK[levels.get(id) ?? 'province'] > RANK[levels.get(best) ?? 'province'])
      best = id;
  }
  return best;
}

/** Venues named by `在X(、Y)举办` in a segment; offsets in the clean text. */
export function venues(
  text: string,
  offset: number,
  ctx: EventContext,
): { ids: string[]; from: number; to: number } {
  const m = VENUE.exec(text);
  if (!m?.[1]) return { ids: [], from: -1, to: -1 };
  const from = offset + m.index + 1;
  const to = from + m[1].length;
  const ids: string[] = [];
  let at = from;
  for (const part of m[1].split(/(?<=[、和及与])/u)) {
    // A county the gazetteer lacks (在西昌召开) is placed in its nearest gazetteer region.
    const id =
      mostSpecific(within(ctx.mentions, at, at + part.length), ctx.levels) ??
      within(ctx.divisions, at, at + part.length)
        .map((d) => ctx.regionOfCode(d.place.code))
        .find((r) => r !== undefined);
    if (id && !ids.includes(id)) ids.push(id);
    at += part.length;
  }
  return { ids, from, to };
}

/** Party sets of one signing clause: pairs, separate subjects, or one set. */
export function partySets(
  clause: Piece,
  triggerAt: number,
  segment: readonly Mention[],
): string[][] {
  const subject = clause.text.slice(0, triggerAt);
  const local = (from: number, to: number) =>
    idsOf(within(segment, clause.start + from, clause.start + to));
  const items: [number, number][] = [];
  let at = 0;
  for (const part of subject.split('、')) {
    items.push([at, at + part.length]);
    at += part.length + 1;
  }
  if (items.length >= 2 && !/共同|联合|携手|一起/u.test(subject)) {
    const pairs = items.map(([a, b]) => local(a, b));
    if (
      items.every(([a, b]) => /[与和同]/u.test(subject.slice(a, b))) &&
      pairs.every((p) => p.length >= 2)
    )
      return pairs;
    const withAt = subject.search(/分别与|与|同/u);
    if (withAt > 0) {
      const counterpart = local(withAt, triggerAt);
      const sets = items.filter(([a]) => a < withAt).map(([a, b]) => local(a, Math.min(b, withAt)));
      const distinct = [
        ...new Map(sets.filter((s) => s.length > 0).map((s) => [s.join(), s])).values(),
      ];
      if (distinct.length >= 2) return distinct.map((s) => [...new Set([...s, ...counterpart])]);
    }
  }
  return [idsOf(segment)];
}
