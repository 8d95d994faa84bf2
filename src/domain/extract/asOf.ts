/**
 * The date a figure is as of: the event its sentence reports, not the day the article
 * was published. In order:
 *
 * 1. `截至目前`, `目前`, `如今`: the publication day;
 * 2. a point date in the figure's sentence (`2023年，…`, `今年上半年`);
 * 3. the event the sentence reports (a signing, a meeting … drafted from it);
 * 4. the event the sentence or its paragraph refers to (`会上`, `当天`, `现场`, `此次`,
 *    `会议指出`) or where its speaker spoke (`X表示`, `X说`): the latest event with a
 *    day date before the figure;
 * 5. a period in the sentence (`3年来`, `自2021年…以来`): its end, the publication day
 *    when it runs to the present;
 * 6. the publication day.
 */
import type { DateMention } from './dates';
import type { Paragraph } from './structure';
import { between, pieceAt } from './structure';

/** What a figure can be anchored to: a drafted event's position and dates. */
export interface Anchor {
  start: number;
  date: string;
  endDate?: string;
}

const NOW = /截至目前|截至发稿|目前|如今|眼下|时下/u;
const AT_THE_EVENT =
  /(?:^|[，、：])(?:会上|会议|会中|会后|会前|活动中|活动上|活动现场|现场|当天|当日|此次|本次|期间)|在现场|[会式动]上[，：]/u;
const SPEECH = /(?<!据)(?:表示|说|指出|强调|透露|坦言|介绍)[，：:]/u;

const isDay = (d: string) => d.length === 10;

/** The as-of date of a figure at offset `at` of the clean text (see the module comment). */
export function asOfNear(
  at: number,
  dates: readonly DateMention[],
  paragraphs: readonly Paragraph[],
  published: string,
  events: readonly Anchor[],
): string {
  const pubDay = published.slice(0, 10);
  const p = pieceAt(paragraphs, at);
  const s = p && pieceAt(p.sentences, at);
  if (!p || !s) return pubDay;
  if (NOW.test(s.text)) return pubDay;
  const inSentence = between(dates, s.start, s.end);
  const point = inSentence.find((d) => !d.period);
  if (point) return point.date;
  const own = events.find((e) => e.start >= s.start && e.start < s.end && isDay(e.date));
  if (own) return own.date;
  const first = p.sentences[0]?.text ?? '';
  const anchored = [s.text, first].some((t) => AT_THE_EVENT.test(t) || SPEECH.test(t));
  const before = [...events].reverse().find((e) => e.start < at && isDay(e.date));
  if (anchored && before) return before.date;
  const period = inSentence.find((d) => d.period);
  if (period) {
    const end = period.endDate ?? period.date;
    return end === pubDay.slice(0, 4) ? pubDay : end;
  }
  return pubDay;
}
