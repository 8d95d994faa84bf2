/**
 * Numbers and dates formatted for people, per language: 150亿元 / CNY 15 billion,
 * 30万+人 / 300,000+ people, 2024年5月17日 / 17 May 2024. Qualifiers are never dropped.
 */
import type { Qualifier, Unit } from './schema';
import { datePrecision } from './dates';

/** The two languages of the atlas. */
export type Lang = 'zh' | 'en';

const ZH_UNIT: Record<Unit, string> = {
  yuan: '元',
  enterprise: '家',
  person: '人',
  project: '个',
  park: '个',
  job: '个',
  agreement: '个',
  chamber: '家',
  product: '项',
  cluster: '个',
  household: '户',
  sqm: '平方米',
  sqkm: '平方公里',
  mu: '亩',
  day: '天',
  year: '年',
  percent: '%',
  'percentage-point': '个百分点',
  'person-time': '人次',
  vehicle: '辆',
};

const EN_UNIT: Record<Unit, [one: string, many: string]> = {
  yuan: ['yuan', 'yuan'],
  enterprise: ['enterprise', 'enterprises'],
  person: ['person', 'people'],
  project: ['project', 'projects'],
  park: ['park', 'parks'],
  job: ['job', 'jobs'],
  agreement: ['agreement', 'agreements'],
  chamber: ['chamber', 'chambers'],
  product: ['product', 'products'],
  cluster: ['cluster', 'clusters'],
  household: ['household', 'households'],
  sqm: ['m²', 'm²'],
  sqkm: ['km²', 'km²'],
  mu: ['mu', 'mu'],
  day: ['day', 'days'],
  year: ['year', 'years'],
  percent: ['%', '%'],
  'percentage-point': ['percentage point', 'percentage points'],
  'person-time': ['person-time', 'person-times'],
  vehicle: ['vehicle', 'vehicles'],
};

function trim(n: number, digits = 2): string {
  return String(Number(n.toFixed(digits)));
}

/** 15000000000 → "150亿", 1.4e12 → "1.4万亿", 300000 → "30万", 1500 → "1500". */
export function zhMagnitude(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${trim(value / 1e12)}万亿`;
  if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(value / 1e4)}万`;
  return trim(value);
}

/** 15000000000 → "15 billion", 300000 → "300,000", 9.13 → "9.13". */
export function enMagnitude(value: number, compact: boolean): string {
  const abs = Math.abs(value);
  if (compact && abs >= 1e12) return `${trim(value / 1e12)} trillion`;
  if (compact && abs >= 1e9) return `${trim(value / 1e9)} billion`;
  if (compact && abs >= 1e6) return `${trim(value / 1e6)} million`;
  return EN_DECIMAL.format(value);
}

// Built once: `toLocaleString` with options builds a formatter on every call (about 25 µs here,
// against 0.5 µs for a kept one), and counts are formatted for every list item on every change.
const EN_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const WHOLE: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
};

/** Rounds to `digits` significant digits, but never into the whole part: 1234.5 → 1235. */
function significant(value: number, digits: number): number {
  const whole = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  return Number(value.toFixed(Math.max(0, digits - whole)));
}

// Units of the compact forms, smallest first: zh counts in 万 and 亿, en in millions and billions.
const ZH_UNITS = [
  [1e4, '万'],
  [1e8, '亿'],
  [1e12, '万亿'],
] as const;
const EN_UNITS = [
  [1e6, ' million'],
  [1e9, ' billion'],
] as const;

/**
 * A count for people, short enough for a stat card and never split: below 10,000 the
 * digits as they are in both languages (9999; four digits are not grouped, so years and
 * pixel sizes read the same); from there zh counts in 万 and 亿 to three significant
 * digits or the whole number of the unit (1万, 3.2万, 12.3万, 9999万, 2.3亿), en groups
 * the digits up to a million (10,000, 32,456, 999,999) and then writes millions and
 * billions (1.23 million, 230 million). A value that rounds up to the next unit is written
 * in it: 99,995,000 is 1亿, not 10000万. The exact value is {@link formatCountExact}.
 */
export function formatCount(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  if (abs < 1e4) return String(n);
  if (lang === 'en' && abs < 1e6) return formatCountExact(n, 'en');
  const units = lang === 'zh' ? ZH_UNITS : EN_UNITS;
  let [unit, word]: readonly [number, string] = units[0];
  for (const [u, w] of units) {
    // The largest unit the value reaches, or reaches once rounded (9999.5万 is 1亿).
    if (abs >= u || Math.abs(significant(n / unit, 3)) * unit >= u) [unit, word] = [u, w];
  }
  return `${significant(n / unit, 3)}${word}`;
}

/** Every digit of a count, grouped by thousands (zh 10,001 / en 10,001), for a tooltip next to {@link formatCount}. */
export function formatCountExact(n: number, lang: Lang): string {
  return WHOLE[lang].format(n);
}

const ZH_PREFIX: Partial<Record<Qualifier, string>> = { about: '约', nearly: '近' };
const EN_PREFIX: Partial<Record<Qualifier, string>> = {
  about: 'about ',
  nearly: 'nearly ',
  'at-least': 'at least ',
};

/** A figure's value with its unit and qualifier in the given language. */
export function formatValue(value: number, unit: Unit, qualifier: Qualifier, lang: Lang): string {
  const plus = qualifier === 'more-than' ? '+' : '';
  if (lang === 'zh') {
    const suffix = qualifier === 'at-least' ? '以上' : '';
    const prefix = ZH_PREFIX[qualifier] ?? '';
    if (unit === 'percent') return `${prefix}${trim(value)}%${plus}${suffix}`;
    return `${prefix}${zhMagnitude(value)}${plus}${ZH_UNIT[unit]}${suffix}`;
  }
  const prefix = EN_PREFIX[qualifier] ?? '';
  if (unit === 'yuan') return `${prefix}CNY ${enMagnitude(value, true)}${plus}`;
  if (unit === 'percent') return `${prefix}${trim(value)}%${plus}`;
  const [one, many] = EN_UNIT[unit];
  const compact = unit === 'sqm' || value >= 1e7;
  return `${prefix}${enMagnitude(value, compact)}${plus} ${value === 1 && !plus ? one : many}`;
}

/** Names in a run, as each language writes them: "四川、浙江" / "Sichuan, Zhejiang". */
export function formatNames(names: readonly string[], lang: Lang): string {
  return names.join(lang === 'zh' ? '、' : ', ');
}

/** Figures in one line: `metric: value` each, in the language's punctuation (在川浙商：30万人；… / Zhejiang businesspeople in Sichuan: 300,000 people; …). */
export function formatFigureList(
  figures: readonly { metric: string; value: string }[],
  lang: Lang,
): string {
  const [colon, separator] = lang === 'zh' ? ['：', '；'] : [': ', '; '];
  return figures.map((f) => `${f.metric}${colon}${f.value}`).join(separator);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date at its own precision: 2024年5月17日 / 17 May 2024, 2020年7月 / Jul 2020, 2014年 / 2014. */
export function formatDate(date: string, lang: Lang): string {
  const [y = '', m = '', d = ''] = date.slice(0, 10).split('-');
  const precision = datePrecision(date.slice(0, 10));
  if (lang === 'zh') {
    if (precision === 'year') return `${y}年`;
    if (precision === 'month') return `${y}年${Number(m)}月`;
    return `${y}年${Number(m)}月${Number(d)}日`;
  }
  const month = MONTHS[Number(m) - 1] ?? '';
  if (precision === 'year') return y;
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** A date or a span of dates: "2019年12月13日–2019年12月14日" / "13 Dec 2019 – 14 Dec 2019". */
export function formatDateSpan(date: string, endDate: string | undefined, lang: Lang): string {
  return dateSpanEnds(date, endDate, lang).join(' – ');
}

/** The ends of a date span as {@link formatDateSpan} writes them: one date, or the first and the last. */
export function dateSpanEnds(
  date: string,
  endDate: string | undefined,
  lang: Lang,
): [string] | [string, string] {
  if (!endDate || endDate === date) return [formatDate(date, lang)];
  return [formatDate(date, lang), formatDate(endDate, lang)];
}

/** A year range: 2016–2024, or a single year. */
export function formatYears([from, to]: readonly [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`;
}
