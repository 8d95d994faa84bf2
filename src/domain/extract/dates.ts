/**
 * Dates in Chinese news text: the publication time in the forms sites print
 * (`2016-09-28`, `2024年05月17日20:32:38`, `2019-12-16 11:08`, `2021年06月05日08:29`), and
 * event dates resolved against it (`昨日`, `今日`, `日前`, `3月31日`, `12月13日至14日`,
 * `今年3月`, `2020年7月`, `2014年4月`, `当年12月`, `3年来`), each with its precision.
 */
import type { Day } from './calendar';
import { dayString, isRealDay, pad } from './calendar';
import type { Rule } from './dateRules';
import type { DateMention } from './dateMention';
import { RULES } from './dateRules';

export type { Day } from './calendar';
export { addDays, dayOf, dayString, isRealDay } from './calendar';

export type { DateMention } from './dateMention';

const PUBLISHED =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s*|T)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/u;

/**
 * The publication time in `text`: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or with seconds, as
 * precise as the text, with the matched span; null when no real date is there.
 */
export function parsePublished(text: string): { value: string; start: number; end: number } | null {
  const re = new RegExp(PUBLISHED.source, 'gu');
  for (const m of text.matchAll(re)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isRealDay(y, mo, d)) continue;
    let value = dayString({ y, m: mo, d });
    const [h, mi, s] = [m[4], m[5], m[6]];
    if (h !== undefined && mi !== undefined && Number(h) < 24 && Number(mi) < 60) {
      value += `T${pad(Number(h))}:${mi}`;
      if (s !== undefined && Number(s) < 60) value += `:${s}`;
    }
    const start = m.index ?? 0;
    return { value, start, end: start + m[0].length };
  }
  return null;
}

/**
 * Every date mention of `text`, left to right, resolved against the publication day.
 * `当年`/`同年`/`次年` refer to the last explicit year before them (`year`, updated as
 * the scan goes). Spans never overlap: the longest form at a position wins.
 */
export function findDates(text: string, pub: Day, startYear = pub.y): DateMention[] {
  const out: DateMention[] = [];
  const candidates: { start: number; end: number; rule: Rule; m: RegExpMatchArray }[] = [];
  for (const [re, rule] of RULES) {
    for (const m of text.matchAll(new RegExp(re.source, 'gu'))) {
      candidates.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, rule, m });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  let year = startYear;
  let covered = -1;
  for (const c of candidates) {
    if (c.start < covered) continue;
    const r = c.rule(c.m, { pub, year });
    if (!r) continue;
    out.push({ ...r, start: c.start, end: c.end, text: text.slice(c.start, c.end) });
    covered = c.end;
    if (!r.period) year = Number(r.date.slice(0, 4));
  }
  return out;
}
