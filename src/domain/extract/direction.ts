/**
 * The direction of an event: one party supports the other, in the article's own words.
 *
 * - `A 对口支援/对口帮扶/帮扶/援建/支援 B` anywhere in the event's sentence: A supports B
 *   (the most specific place of each side: `四川省阿坝州` is Aba);
 * - `东西部协作` or `结对` in the own clause of a signing (its agreement's title included):
 *   the eastern party (Beijing, Tianjin, Shanghai, Jiangsu, Zhejiang, Fujian, Shandong,
 *   Guangdong and their places, the provinces that pair with the west) supports the other;
 * - `对口合作` is cooperation both ways: no direction.
 *
 * The term is the article's own: 对口支援, 东西部协作, 结对, or 帮扶 for the rest.
 */
import type { DirectionTerm } from '../schema';
import type { EventContext } from './eventContext';
import type { Mention } from './mentions';
import type { Piece, Sentence } from './structure';
import { between } from './structure';

const SUPPORT = /对口支援|对口帮扶|帮扶|援建|支援/u;
const TERMS: [RegExp, DirectionTerm][] = [
  [/对口支援/u, 'paired-assistance'],
  [/东西部(?:扶贫)?协作/u, 'east-west-cooperation'],
  [/结对/u, 'twinning'],
  [/对口帮扶|帮扶|援建|支援/u, 'assistance'],
];
const EAST = new Set([
  'beijing',
  'tianjin',
  'shanghai',
  'jiangsu',
  'zhejiang',
  'fujian',
  'shandong',
  'guangdong',
]);

/** A supported event direction with its term. */
export type Direction = { from: string; to: string; term: DirectionTerm };

const termOf = (text: string): DirectionTerm | undefined =>
  TERMS.find(([re]) => re.test(text))?.[1];

/** The most specific place of the run of glued mentions that `m` starts or ends (`四川省阿坝州`). */
function runOf(ms: readonly Mention[], i: number, step: 1 | -1): string | undefined {
  let j = i;
  let best = ms[i];
  while (
    ms[j + step] &&
    (step === 1 ? ms[j + step]?.start === ms[j]?.end : ms[j]?.start === ms[j + step]?.end)
  ) {
    j += step;
    if (step === 1) best = ms[j];
  }
  return best?.place.regionId;
}

/** The direction of an event read from `clause` of `sentence`, when both ends are parties. */
export function direction(
  sentence: Sentence,
  clause: Piece,
  ctx: EventContext,
  parties: readonly string[],
  signing: boolean,
): Direction | undefined {
  const isParty = (id: string | undefined): id is string =>
    id !== undefined && parties.includes(id);
  const m = SUPPORT.exec(sentence.text);
  if (m) {
    const verbAt = sentence.start + m.index;
    const ms = between(ctx.mentions, sentence.start, sentence.end);
    const before = ms.findLastIndex((x) => x.end <= verbAt);
    const after = ms.findIndex((x) => x.start >= verbAt + m[0].length);
    const from = before >= 0 ? runOf(ms, before, -1) : undefined;
    const to = after >= 0 ? runOf(ms, after, 1) : undefined;
    const term = termOf(sentence.text) ?? 'assistance';
    if (isParty(from) && isParty(to) && from !== to) return { from, to, term };
  }
  const term = termOf(clause.text);
  if (!signing || (term !== 'east-west-cooperation' && term !== 'twinning')) return undefined;
  const isEast = (id: string) =>
    EAST.has(id) || (ctx.ancestors.get(id) ?? []).some((a) => EAST.has(a));
  const east = parties.filter(isEast);
  const west = parties.filter((p) => !isEast(p));
  const [from] = east;
  const [to] = west;
  return east.length === 1 && west.length === 1 && from && to ? { from, to, term } : undefined;
}
