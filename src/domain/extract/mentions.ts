/**
 * Place mentions in text and how much each can be trusted. A full name (`自贡市`,
 * `阿坝州`) or a province's name (`四川`) is trusted; a bare short name (`自贡`, `南部`,
 * `长治`) only with support: its province or parent right before it (`四川自贡`), an
 * institution after it (`德阳经开区`, `屏山·浙川纺织产业园`), a place preposition
 * (`在成都`), brackets (`中德（蒲江）`), or a list of other places. Single-character
 * abbreviations count in compounds (`川渝`, `赣湘`, `成渝`) and after a verb of place
 * (`在蓉`, `入川`, `浙企`). A short name right after a title or before a verb of speech is
 * a person (`副主任岳阳`, `岳阳表示`) and is dropped.
 */
import type { Lexicon, PlaceName } from './lexicon';
import { longestName } from './lexicon';

/** One place mention. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  place: PlaceName;
  confidence: number;
  /** Why the confidence is what it is, for the reviewer. */
  reason: string;
  /** Set on a single-character abbreviation in a compound (`川渝`): whether a count follows (`川渝两地`). */
  compound?: { counted: boolean };
}

const TITLE_BEFORE =
  /(?:主任|书记|市长|县长|区长|省长|州长|主席|厅长|局长|部长|会长|秘书长|经理|董事长|记者|委员|常委|处长|科长|院长|校长|教授|专家|总监|总裁|同志|先生|女士)$/u;
const SPEECH_AFTER =
  /^(?:表示|说|介绍|指出|强调|认为|称|讲话|致辞|透露|坦言|告诉|一行|同志|主持|出席|发言|建议|提出|提议)/u;
const PLACE_BEFORE = /(?:在|赴|到|于|至|抵|落户|来自|位于|走进|地处|毗邻)$/u;
const INSTITUTION =
  /^[^，。；、！？,;!?]{0,8}?(?:市委|县委|区委|州委|政府|经开区|高新区|开发区|产业园|工业园|园区|试验区|合作区|示范区|新区|工商联|商会|代表团|考察团|党政|籍)|^(?:企业|企|客商|商人|游客|市民)/u;
const AFTER_VERB_OF_PLACE = /[在入来赴进抵驻返回离]$/u;
// Abbreviations that are also common characters: trusted only inside compounds.
const COMMON_CHARACTER = new Set([...'新青宁甘云贵吉黑台港澳蒙成阿秦藏']);
const GROUP_WORD = /^(?:地区|两地|三地|同胞|居民|之间|合作|协作|一体化|经济圈|高原|边界)/u;
const GROUP_COUNT = /^(?:两|二|三|四|五|六|七|八|九|十|[2-9])(?:省|地|市|方|省市|省区市|区市|区)/u;

const clamp = (x: number) => Math.max(0, Math.min(0.99, Math.round(x * 100) / 100));

function scoreName(
  text: string,
  m: Omit<Mention, 'confidence' | 'reason'>,
  prev: Mention | undefined,
  lexicon: Lexicon,
): [number, string] {
  const { place } = m;
  if (place.kind === 'full' && (place.regionId || m.text.length >= 3))
    return [place.regionId ? 0.9 : 0.75, 'full name'];
  if (place.kind === 'province') return [0.85, 'province name'];
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  const after = text.slice(m.end, m.end + 16);
  if (TITLE_BEFORE.test(before) || SPEECH_AFTER.test(after)) return [0, 'a person of that name'];
  let c = 0.5;
  const reasons: string[] = ['short name'];
  const glued = prev !== undefined && /^[省市的·\s]{0,2}$/u.test(text.slice(prev.end, m.start));
  const parents = place.regionId ? (lexicon.ancestors.get(place.regionId) ?? []) : [];
  const prevId = prev?.place.regionId;
  const underPrev = place.regionId
    ? prevId !== undefined && parents.includes(prevId)
    : prev !== undefined && prev.place.code.slice(0, 2) === place.code.slice(0, 2);
  if (glued && underPrev) {
    c += 0.3;
    reasons.push('after its province or parent');
  }
  // A division outside the gazetteer is only believed after its province or parent.
  if (!place.regionId) return [c, reasons.join(', ')];
  if (INSTITUTION.test(after)) {
    c += 0.3;
    reasons.push('before an institution');
  }
  if (PLACE_BEFORE.test(before)) {
    c += 0.2;
    reasons.push('after a place preposition');
  }
  if (/[（(]$/u.test(before) && /^[）)]/u.test(after)) {
    c += 0.2;
    reasons.push('in brackets');
  }
  return [c, reasons.join(', ')];
}

/** Compound and single abbreviations at `at`; returns the mentions and the end offset. */
function abbreviationsAt(
  text: string,
  at: number,
  lexicon: Lexicon,
): { mentions: Mention[]; end: number } {
  // A compound goes on through a name that is only the short form of a division outside
  // the gazetteer (粤桂东西部: not 桂东, a county of Hunan).
  const startsName = (i: number) =>
    longestName(lexicon, text, i)?.places.some(
      (p) => p.regionId !== undefined || p.kind === 'full',
    ) ?? false;
  let end = at;
  while (
    end < text.length &&
    lexicon.abbreviations.has(text.charAt(end)) &&
    (end === at || !startsName(end))
  )
    end++;
  const run = text.slice(at, end);
  const place = (ch: string): PlaceName | null => {
    const id = lexicon.abbreviations.get(ch);
    const r = id === undefined ? undefined : lexicon.regions.get(id);
    return r
      ? { regionId: r.id, code: r.code, official: r.name.zh, level: r.level, kind: 'short' }
      : null;
  };
  const mentions: Mention[] = [];
  const prevChar = text.charAt(at - 1);
  if (run.length >= 2) {
    const next = text.slice(end, end + 4);
    const counted = GROUP_COUNT.test(next);
    // 新台阶, 成新材料: compounds of common characters need a word that makes them places.
    const common = [...run].every((ch) => COMMON_CHARACTER.has(ch));
    const grouped = counted || GROUP_WORD.test(next);
    const base = common ? (grouped ? 0.85 : 0.45) : run.length === 2 || counted ? 0.85 : 0.5;
    [...run].forEach((ch, i) => {
      const p = place(ch);
      if (!p) return;
      const glued = i === 0 && p.level !== 'province' && /[\u4e00-\u9fff]/u.test(prevChar);
      mentions.push({
        start: at + i,
        end: at + i + 1,
        text: ch,
        place: p,
        confidence: glued ? 0.5 : base,
        reason: `compound ${run}`,
        compound: { counted },
      });
    });
    return { mentions, end };
  }
  const p = place(run);
  if (p && !COMMON_CHARACTER.has(run)) {
    if (AFTER_VERB_OF_PLACE.test(prevChar) || /^[企商籍]/u.test(text.charAt(end))) {
      mentions.push({
        start: at,
        end,
        text: run,
        place: p,
        confidence: 0.75,
        reason: `abbreviation ${prevChar}${run}${text.charAt(end)}`,
      });
    }
  }
  return { mentions, end: Math.max(end, at + 1) };
}

/**
 * Every place mention of `text` (one paragraph or sentence), left to right, longest
 * name first. Mentions of divisions outside the gazetteer carry no `regionId`.
 */
export function findMentions(text: string, lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = longestName(lexicon, text, i);
    if (hit) {
      const place = hit.places[0];
      if (place) {
        const base = { start: i, end: i + hit.text.length, text: hit.text, place };
        const [confidence, reason] = scoreName(text, base, out[out.length - 1], lexicon);
        out.push({ ...base, confidence: clamp(confidence), reason });
      }
      i += hit.text.length;
      continue;
    }
    if (lexicon.abbreviations.has(text.charAt(i))) {
      const { mentions, end } = abbreviationsAt(text, i, lexicon);
      out.push(...mentions);
      i = end;
      continue;
    }
    i++;
  }
  return boostLists(text, out);
}

/**
 * A short name listed next to a trusted place (`成都、德阳、眉山`) is trusted more; two
 * short names of the gazetteer paired with `·`, `—` or `与` (`青岛·陇南`, `湖州与广安`) vouch
 * for each other.
 */
function boostLists(text: string, mentions: Mention[]): Mention[] {
  const trusted = (m: Mention | undefined) => m !== undefined && m.confidence >= 0.6;
  const joined = (a: Mention, b: Mention) =>
    /^[、和与及·\s]{1}$/u.test(text.slice(a.end, b.start)) ||
    /^[）)、]{1,2}$/u.test(text.slice(a.end, b.start));
  const paired = (a: Mention | undefined, b: Mention | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.place.regionId !== undefined &&
    b.place.regionId !== undefined &&
    a.place.regionId !== b.place.regionId &&
    a.confidence >= 0.5 &&
    b.confidence >= 0.5 &&
    /^[·•—－\-与和]$/u.test(text.slice(a.end, b.start));
  return mentions.map((m, i) => {
    if (m.confidence === 0 || m.confidence >= 0.6 || m.place.kind !== 'short') return m;
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    if ((trusted(prev) && prev && joined(prev, m)) || (trusted(next) && next && joined(m, next))) {
      return {
        ...m,
        confidence: clamp(m.confidence + 0.2),
        reason: `${m.reason}, listed with other places`,
      };
    }
    if (paired(prev, m) || paired(m, next)) {
      return {
        ...m,
        confidence: clamp(m.confidence + 0.15),
        reason: `${m.reason}, paired with a place`,
      };
    }
    return m;
  });
}
