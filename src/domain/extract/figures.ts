/**
 * Figures: numbers with a unit the schema knows, the metric phrase they measure, the
 * qualifier and the clause they come from. Dates, ordinals (`第六次`), numbers inside
 * titles (`《…三年行动计划》`), time frames (`3年来`) and size classes (`百亿级`) are not
 * figures. Regions, dates and sectors are attached by the caller from the same clause.
 */
import type { Qualifier, Unit } from '../schema';
import type { NumberMatch } from './numbers';
import { findNumbers, trailingQualifier } from './numbers';
import type { Paragraph, Piece } from './structure';
import { insideTitle } from './structure';
import { counterDefault, isMoney, nounUnit, unitWord } from './units';

/** A figure before regions and dates are attached. */
export interface RawFigure {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  metric: string;
  /** Offsets of the number and unit in the clean text. */
  start: number;
  end: number;
  quote: string;
  confidence: number;
}

/** At most this many figures per article: more means the input is not an article. */
export const MAX_FIGURES = 200;

const DURATION_BEFORE = /(?:连续|历时|已有|已经有|长达|共|近|有|用了|经过|历经|超过|逾|达)$/u;
const DURATION_AFTER = /^(?:的?历史|之久|时间)/u;
const NOT_DURATION_AFTER = /^(?:来|以来|前|后|内|间|度|底|初|末|代|级|行动|计划|规划)/u;
const VERB_TAIL =
  /(?:共有|共计|累计|总计|合计|达到|达|为|是|有|约|大约|近|将近|接近|逾|超过|超|突破|破|只有|仅|已|实现|完成|占|提高|高|增长)+$/u;
const LEAD =
  /^(?:其中|同时|此外|另外|目前|如今|截至目前|据统计|据不完全统计|据悉|包括|以及|并且|并|还|已|和|与)+/u;

/** The metric phrase: the clause before the number, without verbs and connectives, plus the counted noun. */
function metricOf(before: string, noun: string): string {
  const head = before
    .replace(/[“”"'‘’（(]$/u, '')
    .replace(VERB_TAIL, '')
    .replace(LEAD, '');
  return `${head.slice(-16)}${noun}`.trim();
}

function isDate(n: NumberMatch, after: string): boolean {
  if (/^[月日号时点:：]/u.test(after)) return true;
  return (
    !n.chinese &&
    /^年/u.test(after) &&
    n.value >= 1900 &&
    n.value <= 2100 &&
    Number.isInteger(n.value)
  );
}

/** Reads one number of a clause as a figure, or null. `at` is the number's offset in the clause. */
function readFigure(clause: string, n: NumberMatch): Omit<RawFigure, 'quote'> | null {
  const before = clause.slice(0, n.start);
  const after = clause.slice(n.end);
  if (/第$/u.test(before) && !/^个年头/u.test(after)) return null;
  if (
    /[A-Za-z]$/u.test(before) ||
    /^[A-Za-z\d]/u.test(after) ||
    isDate(n, after) ||
    insideTitle(clause, n.start)
  )
    return null;
  if (n.chinese && n.value === 1) {
    if (!/^半/u.test(after)) return null;
    return {
      value: 50,
      unit: 'percent',
      qualifier: n.qualifier,
      metric: metricOf(before, ''),
      start: n.start,
      end: n.end + 1,
      confidence: 0.6,
    };
  }
  if (/^级/u.test(after)) return null;
  // 六成, 约四成: tenths, a share.
  if (
    n.chinese &&
    Number.isInteger(n.value) &&
    n.value < 10 &&
    /^成(?![为本功长立交都])/u.test(after)
  ) {
    return {
      value: n.value * 10,
      unit: 'percent',
      qualifier: n.qualifier,
      metric: metricOf(before, ''),
      start: n.start,
      end: n.end + 1,
      confidence: 0.7,
    };
  }
  const word = unitWord(after);
  let unit: Unit | null = word?.unit ?? null;
  let length = word?.length ?? 0;
  let noun = '';
  let confidence = n.chinese ? 0.65 : 0.85;
  if (word?.counter) {
    const counter = after.charAt(0);
    const window = /^[^，。；、和与及,;]{0,12}/u.exec(after.slice(length))?.[0] ?? '';
    // A noun before the number counts only when it ends the phrase (合作协议60余个, 园区（二产业）30余个).
    const lead = before.replace(VERB_TAIL, '').replace(/[（(][^）)]*[）)]$/u, '');
    const leadNoun = nounUnit(lead.slice(-4), counter);
    unit = nounUnit(window, counter) ?? leadNoun ?? counterDefault(counter);
    noun = nounUnit(window, counter)
      ? window.replace(/(?:参会|参展|落户|入驻|签约|投产|的).*$/u, '')
      : '';
    confidence -= nounUnit(window, counter) || leadNoun ? 0.1 : 0.25;
  } else if (word === null) {
    if (n.value >= 1e8 && isMoney(before)) unit = 'yuan';
    else if (n.value >= 1e4 && !n.chinese && nounUnit(before) === 'person') unit = 'person';
    confidence -= 0.25;
  }
  if (unit === null || (word?.unit === null && !word.counter)) return null;
  if (unit === 'year') {
    const rest = after.slice(length);
    const counted =
      /^个年头/u.test(after) || DURATION_BEFORE.test(before) || DURATION_AFTER.test(rest);
    if (!counted || NOT_DURATION_AFTER.test(rest)) return null;
    if (/^个年头/u.test(after)) length = 3;
  }
  const qualifier = trailingQualifier(after.slice(length), n.qualifier);
  const tail = /^(?:以上|之上|左右|上下)/u.exec(after.slice(length))?.[0].length ?? 0;
  return {
    value: n.value,
    unit,
    qualifier,
    metric: metricOf(before, noun),
    start: n.start,
    end: n.end + length + tail,
    confidence: Math.round(confidence * 100) / 100,
  };
}

/**
 * Every figure of the article's body and headline, in text order, the same value, unit
 * and qualifier reported once (the first body occurrence; the headline only adds new ones).
 */
export function findFigures(paragraphs: readonly Paragraph[]): RawFigure[] {
  const seen = new Set<string>();
  const out: RawFigure[] = [];
  const ordered = [
    ...paragraphs.filter((p) => p.role === 'body'),
    ...paragraphs.filter((p) => p.role === 'headline'),
  ];
  for (const p of ordered) {
    for (const s of p.sentences) {
      for (const c of s.clauses) {
        for (const f of clauseFigures(c.text.length >= 4 ? c : s, c, p.role === 'headline')) {
          const key = `${f.value}|${f.unit}|${f.qualifier}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(f);
          if (out.length >= MAX_FIGURES) return out.sort((a, b) => a.start - b.start);
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function clauseFigures(quote: Piece, c: Piece, headline: boolean): RawFigure[] {
  const out: RawFigure[] = [];
  for (const n of findNumbers(c.text)) {
    const f = readFigure(c.text, n);
    if (!f) continue;
    const confidence = headline ? Math.min(f.confidence, 0.6) : f.confidence;
    out.push({
      ...f,
      start: c.start + f.start,
      end: c.start + f.end,
      quote: quote.text,
      confidence,
    });
  }
  return out;
}
