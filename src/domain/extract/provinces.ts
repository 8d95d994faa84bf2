/**
 * A province is an actor of the article only when the article names it as one. Two ways
 * of writing it do not: an abbreviation compound that is part of a name (inside a title,
 * `《深化湘赣边区域合作框架协议》`, right after places of its provinces,
 * `无锡·延安苏陕协作产业园`, a border area, `湘赣边`, or a new area or park, `川渝高竹新区`), and the province put before one of its own places as an
 * address (`在湖南长沙举行`, `四川自贡`). When a province is written only in these ways
 * and the article names one of its places, its mentions are demoted below the region
 * threshold: the place is the actor, not its province. A counted compound (`川渝两地`,
 * `赣湘两省`), a compound that opens a clause (`粤桂东西部协作联席会议`) or the name on its
 * own (`浙江企业`) keeps it.
 */
import type { Lexicon } from './lexicon';
import type { Mention } from './mentions';
import { REGION_THRESHOLD } from './regions';
import { titleTest } from './structure';

/** The mentions with such provinces demoted (see the module comment). */
export function demoteProvinces(
  clean: string,
  mentions: readonly Mention[],
  lexicon: Lexicon,
): Mention[] {
  const trusted = mentions.filter((m) => m.confidence >= REGION_THRESHOLD);
  const inTitle = titleTest(clean);
  const under = (m: Mention | undefined, provinces: readonly string[]) =>
    m?.place.regionId !== undefined &&
    (lexicon.ancestors.get(m.place.regionId) ?? []).some((a) => provinces.includes(a));
  const level = (m: Mention) => lexicon.regions.get(m.place.regionId ?? '')?.level;
  const asActor = new Set<string>();
  const placesUnder = new Set<string>();
  trusted.forEach((m, i) => {
    const id = m.place.regionId;
    if (id === undefined) return;
    for (const a of lexicon.ancestors.get(id) ?? []) placesUnder.add(a);
    if (level(m) !== 'province') return;
    const next = trusted[i + 1];
    const address = next !== undefined && next.start === m.end && under(next, [id]);
    let programme = false;
    if (m.compound && !m.compound.counted) {
      // The whole compound (苏陕): its first mention and the provinces it names.
      let first = i;
      while (trusted[first - 1]?.compound && trusted[first - 1]?.end === trusted[first]?.start)
        first--;
      const run: string[] = [];
      for (
        let j = first;
        trusted[j]?.compound && (j === first || trusted[j]?.start === trusted[j - 1]?.end);
        j++
      )
        run.push(trusted[j]?.place.regionId ?? '');
      const before = trusted[first - 1];
      const start = trusted[first]?.start ?? m.start;
      const end = trusted[first + run.length - 1]?.end ?? m.end;
      programme =
        inTitle(m.start) ||
        clean.charAt(end) === '边' ||
        /^[\u4e00-\u9fff]{0,4}?(?:新区|园区|产业园|工业园|合作区|示范区|试验区)/u.test(
          clean.slice(end, end + 8),
        ) ||
        (before !== undefined && start - before.end <= 1 && under(before, run));
    }
    if (!address && !programme) asActor.add(id);
  });
  return mentions.map((m) => {
    const id = m.place.regionId;
    if (id === undefined || asActor.has(id) || !placesUnder.has(id)) return m;
    if (level(m) !== 'province' || m.confidence < REGION_THRESHOLD) return m;
    return {
      ...m,
      confidence: REGION_THRESHOLD - 0.15,
      reason: `${m.reason}; the article names it only in a name or an address, next to its own places`,
    };
  });
}
