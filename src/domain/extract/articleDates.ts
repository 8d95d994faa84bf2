/**
 * The event dates of an article: every date mention of its body and subheadings, with
 * offsets in the clean text, resolved in reading order (`当年` is the last year named
 * before it). A date inside a title (`《2023年…协议》`) or a year that names a document
 * (`签订2021年对口支援项目协议`) names it and dates nothing, so neither is kept.
 */
import type { Day, DateMention } from './dates';
import { findDates } from './dates';
import type { Paragraph } from './structure';
import { titleTest } from './structure';

const DOCUMENT_AFTER = /^[^，。；、]{0,16}?(?:协议|计划|方案|要点|合同|备忘录)/u;

/** The article's date mentions, in text order (see the module comment). */
export function articleDates(paragraphs: readonly Paragraph[], pub: Day): DateMention[] {
  const dates: DateMention[] = [];
  let year = pub.y;
  for (const p of paragraphs) {
    if (p.role !== 'body' && p.role !== 'subheading') continue;
    const inTitle = titleTest(p.text);
    const namesDocument = (d: DateMention) =>
      d.precision === 'year' && DOCUMENT_AFTER.test(p.text.slice(d.end));
    const found = findDates(p.text, pub, year)
      .filter((d) => !inTitle(d.start) && !namesDocument(d))
      .map((d) => ({ ...d, start: d.start + p.start, end: d.end + p.start }));
    dates.push(...found);
    const last = [...found].reverse().find((d) => !d.period);
    if (last) year = Number(last.date.slice(0, 4));
  }
  return dates;
}
