/**
 * The forms of event dates in Chinese news text and how each resolves against the
 * publication day, longest form first (see `findDates`).
 */
import type { Day } from './calendar';
import { addDays, dayString, isRealDay, pad } from './calendar';
import type { DateMention } from './dateMention';
import { chineseNumeral } from './numbers';

const NUM = '(\\d{1,4}|[一二两三四五六七八九十]{1,3})';
const toInt = (s: string | undefined): number =>
  s === undefined ? NaN : /\d/u.test(s) ? Number(s) : (chineseNumeral(s) ?? NaN);

/** Resolves one match; `year` is the last explicit year before it (for 当年). */
export type Rule = (
  m: RegExpMatchArray,
  ctx: { pub: Day; year: number },
) => Omit<DateMention, 'start' | 'end' | 'text'> | null;

function dayMention(y: number, m: number, d: number, conf: number): ReturnType<Rule> {
  return isRealDay(y, m, d)
    ? { date: dayString({ y, m, d }), precision: 'day', confidence: conf, period: false }
    : null;
}

/** A month and day without a year belong to the publication year, or the one before if that puts them more than a week after publication. */
function yearFor(pub: Day, m: number, d: number): number {
  const late = Date.UTC(pub.y, m - 1, d) - Date.UTC(pub.y, pub.m - 1, pub.d) > 7 * 864e5;
  return late ? pub.y - 1 : pub.y;
}

/** `自2021年…以来`, `2017年以来`: a period from that year to the publication. */
const since: Rule = (m, { pub }) => {
  const y = Number(m[1]);
  return y >= 1900 && y <= pub.y
    ? { date: String(y), endDate: String(pub.y), precision: 'year', confidence: 0.8, period: true }
    : null;
};

// Ordered: a longer form is tried before the forms it contains.
export const RULES: [RegExp, Rule][] = [
  [/自(\d{4})年[^，。；]{0,30}?以来/u, since],
  [/(?<!\d)(\d{4})年(?:以来|来)/u, since],
  [
    /(\d{4})年(\d{1,2})月(\d{1,2})日(?:至|到|—|-|～|~)(?:(\d{1,2})月)?(\d{1,2})日/u,
    (m) => {
      const [y, mo, d, mo2, d2] = [
        Number(m[1]),
        Number(m[2]),
        Number(m[3]),
        m[4] ? Number(m[4]) : Number(m[2]),
        Number(m[5]),
      ];
      const a = dayMention(y, mo, d, 0.95);
      return a && isRealDay(y, mo2, d2) ? { ...a, endDate: dayString({ y, m: mo2, d: d2 }) } : null;
    },
  ],
  [
    /(\d{4})年(\d{1,2})月(\d{1,2})日/u,
    (m) => dayMention(Number(m[1]), Number(m[2]), Number(m[3]), 0.95),
  ],
  [
    /(?<![\d年])(\d{1,2})月(\d{1,2})日(?:晚|上午|下午|早|晚间)?(?:至|到|—|-|～|~)(?:(\d{1,2})月)?(\d{1,2})日/u,
    (m, { pub }) => {
      const [mo, d, mo2, d2] = [
        Number(m[1]),
        Number(m[2]),
        m[3] ? Number(m[3]) : Number(m[1]),
        Number(m[4]),
      ];
      const y = yearFor(pub, mo, d);
      const y2 = mo2 < mo ? y + 1 : y;
      const a = dayMention(y, mo, d, 0.9);
      return a && isRealDay(y2, mo2, d2)
        ? { ...a, endDate: dayString({ y: y2, m: mo2, d: d2 }) }
        : null;
    },
  ],
  [
    /(?<![\d年])(\d{1,2})月(\d{1,2})日/u,
    (m, { pub }) => {
      const [mo, d] = [Number(m[1]), Number(m[2])];
      return dayMention(yearFor(pub, mo, d), mo, d, 0.9);
    },
  ],
  [/(\d{4})年(\d{1,2})月(?!\d{0,2}日)/u, (m) => month(Number(m[1]), Number(m[2]), 0.95)],
  [
    /(今年|去年|前年|当年|同年|次年|翌年)(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:(\d{1,2})日)?/u,
    (m, { pub, year }) => {
      const y = relativeYear(m[1] ?? '', pub, year);
      const mo = toInt(m[2]);
      if (m[3] !== undefined) return dayMention(y, mo, Number(m[3]), 0.85);
      return month(y, mo, 0.85);
    },
  ],
  [/(?<!\d)(\d{4})年(?![代度底初末]|以来|来)/u, (m) => yearOnly(Number(m[1]), 0.9)],
  [
    /(今年|去年|前年|当年|同年|次年|翌年)(?:全年|上半年|下半年|年初|年底|以来)?/u,
    (m, { pub, year }) => yearOnly(relativeYear(m[1] ?? '', pub, year), 0.8),
  ],
  [
    /(昨日|昨天|今日|今天|前天|前日)(?![下的])/u,
    (m, { pub }) => {
      const shift = { 昨日: -1, 昨天: -1, 今日: 0, 今天: 0, 前天: -2, 前日: -2 }[m[1] ?? ''] ?? 0;
      const d = addDays(pub, shift);
      return { date: dayString(d), precision: 'day', confidence: 0.85, period: false };
    },
  ],
  [/(日前|近日)/u, (_m, { pub }) => month(pub.y, pub.m, 0.5)],
  [
    new RegExp(`${NUM}年(?:多)?(?:以)?来`, 'u'),
    (m, { pub }) => {
      const n = toInt(m[1]);
      if (!Number.isFinite(n) || n < 1 || n > 100) return null;
      return {
        date: String(pub.y - n),
        endDate: String(pub.y),
        precision: 'year',
        confidence: 0.7,
        period: true,
      };
    },
  ],
  [
    /前些年|前几年/u,
    (_m, { pub }) => ({
      date: String(pub.y - 3),
      endDate: String(pub.y - 1),
      precision: 'year',
      confidence: 0.4,
      period: true,
    }),
  ],
];

function month(y: number, m: number, conf: number): ReturnType<Rule> {
  if (!isRealDay(y, m, 1)) return null;
  return { date: `${y}-${pad(m)}`, precision: 'month', confidence: conf, period: false };
}
function yearOnly(y: number, conf: number): ReturnType<Rule> {
  return y >= 1900 && y <= 2100
    ? { date: String(y), precision: 'year', confidence: conf, period: false }
    : null;
}
function relativeYear(word: string, pub: Day, last: number): number {
  if (word === '去年') return pub.y - 1;
  if (word === '前年') return pub.y - 2;
  if (word === '当年' || word === '同年') return last;
  if (word === '次年' || word === '翌年') return last + 1;
  return pub.y;
}
