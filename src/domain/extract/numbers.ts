/**
 * Chinese number expressions: Arabic digits with the magnitudes 万, 亿 and 万亿
 * (`1.4万亿` → 1 400 000 000 000, `30多万` → 300 000 and "more than"), Chinese numerals
 * (`三`, `二十`, `一百零五`, `两`), and the qualifiers around them (`余/多/逾` → more than,
 * `约/左右` → about, `近/接近` → nearly, `以上/突破/破` → at least).
 */
import type { Qualifier } from '../schema';

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Magnitude words after a number. */
export const MAGNITUDE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

/**
 * The value of a Chinese numeral (`三` 3, `二十` 20, `十二` 12, `一百零五` 105,
 * `三万五千` 35 000, `两` 2, `一二三` read digit by digit 123), or null when `s` is not one.
 */
export function chineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  if (![...s].every((c) => c in DIGIT || c in SMALL_UNIT || c in BIG_UNIT)) return null;
  if (![...s].some((c) => c in DIGIT || c in SMALL_UNIT)) return null;
  if (![...s].some((c) => c in SMALL_UNIT || c in BIG_UNIT)) {
    return s.length === 1 ? (DIGIT[s] ?? null) : Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    const d = DIGIT[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNIT[c] ?? 1;
    total = (total + section + (digit ?? 0)) * big;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** `digits` (an Arabic number, maybe with `.` and thousands commas) times `scale`, exactly. */
export function scaled(digits: string, scale: number): number {
  const plain = digits.replace(/,/gu, '');
  const [whole = '0', frac = ''] = plain.split('.');
  if (frac.length === 0) return Number(whole) * scale;
  return (Number(whole + frac) * scale) / 10 ** frac.length;
}

/** A number found in text, before its unit is known. */
export interface NumberMatch {
  /** Offsets in the text of the whole expression, qualifiers included. */
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  /** True for Chinese numerals (三年), false for digits. */
  chinese: boolean;
  /** The text right after the expression, where the unit is read. */
  after: string;
  /** Text right before the number core (for ordinals, dates and qualifiers). */
  before: string;
}

const CORE =
  /(\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]*)*)([多余])?(万亿|亿|万|千)?([多余])?/gu;
const BEFORE_QUALIFIER: [RegExp, Qualifier][] = [
  [/(?:约|大约|大概|左右)$/u, 'about'],
  [/(?:将近|接近|近)$/u, 'nearly'],
  [/(?:逾|超过|超|多于)$/u, 'more-than'],
  [/(?:突破|破|不少于|不低于)$/u, 'at-least'],
];

/**
 * Every number expression of `text`, left to right. Magnitude-only amounts after a verb
 * of passing (`破万亿`, `突破千亿`) count as 1 of that magnitude. Chinese numerals that are
 * part of words (`一带一路`, `统一`) are returned too: the unit decides whether they count.
 */
export function findNumbers(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of text.matchAll(CORE)) {
    const core = m[1] ?? '';
    const start = m.index ?? 0;
    const chinese = !/\d/u.test(core);
    const base = chinese ? chineseNumeral(core) : scaled(core, 1);
    if (base === null) continue;
    const magnitude = MAGNITUDE[m[3] ?? ''] ?? 1;
    const value = chinese ? base * magnitude : scaled(core, magnitude);
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 4), start);
    let qualifier: Qualifier = m[2] || m[4] ? 'more-than' : 'exact';
    for (const [re, q] of BEFORE_QUALIFIER)
      if (qualifier === 'exact' && re.test(before)) qualifier = q;
    out.push({ start, end, value, qualifier, chinese, after: text.slice(end, end + 24), before });
  }
  for (const m of text.matchAll(/(突破|破|超过|超)(万亿|千亿|百亿|亿)/gu)) {
    const word = m[2] ?? '';
    const value = word === '万亿' ? 1e12 : word === '千亿' ? 1e11 : word === '百亿' ? 1e10 : 1e8;
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const end = start + word.length;
    const qualifier: Qualifier = m[1] === '破' || m[1] === '突破' ? 'at-least' : 'more-than';
    out.push({
      start,
      end,
      value,
      qualifier,
      chinese: true,
      after: text.slice(end, end + 24),
      before: text.slice(Math.max(0, start - 4), start),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Qualifiers written after the unit: `以上` at least, `左右` about, `多/余` more than. */
export function trailingQualifier(afterUnit: string, current: Qualifier): Qualifier {
  if (/^(?:以上|之上)/u.test(afterUnit)) return 'at-least';
  if (/^(?:左右|上下)/u.test(afterUnit)) return 'about';
  if (/^[多余]/u.test(afterUnit) && current === 'exact') return 'more-than';
  return current;
}
