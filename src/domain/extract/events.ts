/**
 * Events: one per clause that reports a signing, declaration, gathering or launch (see
 * `triggers.ts`), with its date (from the clause, the sentence, the event it happens at,
 * the paragraph, the article's lead event, or the publication day, in that order), its
 * venue (`在…举办`), its parties (the places of its part of the sentence) and its type.
 * A list of pairs (`A与B、C与D签约`) or of separate subjects (`A、B与来宾签约`) gives one
 * event each; `两届…峰会` held `在X、Y` gives one event per edition.
 */
import type { EventType } from '../schema';
import type { Direction } from './direction';
import { direction } from './direction';
import { idsOf, mostSpecific, partySets, venues, within } from './eventParties';
import type { DateMention } from './dates';
import type { EventContext } from './eventContext';
import type { Mention } from './mentions';
import { findTrigger } from './triggers';

/** An event before ids, titles in English and sectors are added. */
export interface RawEvent {
  type: EventType;
  name: string;
  date: string;
  endDate?: string;
  venue: string | null;
  parties: string[];
  direction?: Direction;
  quote: string;
  start: number;
  /** Start of the sentence it was read from. */
  sentence: number;
  confidence: number;
  weak: boolean;
}

export type { EventContext } from './eventContext';

/** At most this many events per article. */
export const MAX_EVENTS = 100;

type DateInfo = { date: string; endDate?: string; confidence: number };

const asInfo = (d: DateMention | undefined, conf: number): DateInfo | null =>
  d ? { date: d.date, ...(d.endDate ? { endDate: d.endDate } : {}), confidence: conf } : null;

/** Finds the article's events; see the module comment. */
export function findEvents(ctx: EventContext): RawEvent[] {
  const out: RawEvent[] = [];
  let lead: DateInfo | null = null;
  for (const p of ctx.paragraphs) {
    if (p.role !== 'body') continue;
    for (const s of p.sentences) {
      let segStart = s.start;
      let ref: RawEvent | undefined;
      for (const c of s.clauses) {
        const segDates = within(ctx.dates, segStart, c.end);
        const t = findTrigger(c.text, segDates.length > 0);
        if (!t) continue;
        const triggerWord = c.text.slice(t.start, t.end);
        if (t.anaphoric) {
          ref =
            [...out].reverse().find((e) => e.name.includes(triggerWord)) ??
            [...out].reverse().find((e) => !e.weak);
          if (ref) fillIn(ref, segDates[segDates.length - 1], venues(c.text, c.start, ctx).ids[0]);
          segStart = c.end;
          continue;
        }
        // The clause's date, unless it is a bare year and the sentence before it has a
        // more precise date of that year (3月28日，…2022年第一季度…开工活动).
        const own = within(ctx.dates, c.start, c.end)[0];
        const precise = [...segDates]
          .reverse()
          .find((d) => d.precision !== 'year' && own !== undefined && d.date.startsWith(own.date));
        const explicit = asInfo(
          own?.precision === 'year' && precise ? precise : (own ?? segDates[segDates.length - 1]),
          0.1,
        );
        const info: DateInfo = explicit ??
          asInfo(within(ctx.dates, s.start, s.end)[0], 0) ??
          (ref
            ? {
                date: ref.date,
                ...(ref.endDate ? { endDate: ref.endDate } : {}),
                confidence: -0.05,
              }
            : null) ??
          asInfo([...within(ctx.dates, p.start, s.start)].pop(), -0.1) ??
          (lead ? { ...lead, confidence: -0.15 } : null) ?? {
            date: ctx.published.slice(0, 10),
            confidence: -0.25,
          };
        const segment = within(ctx.mentions, segStart, c.end);
        // The venue may follow the name in the same sentence (…对接活动，在四川自贡举办).
        const v = venues(p.text.slice(segStart - p.start, s.end - p.start), segStart, ctx);
        const inVenue = (m: Mention) => m.start >= v.from && m.end <= v.to;
        const nonVenue = segment.filter((m) => !inVenue(m));
        const bracket = /（([^）]{2,8})）/u.exec(t.name);
        const bracketVenue = bracket
          ? mostSpecific(
              within(
                ctx.mentions,
                c.start + c.text.indexOf(bracket[0]),
                c.start + c.text.indexOf(bracket[0]) + bracket[0].length,
              ),
              ctx.levels,
            )
          : null;
        // Else the venue of the event it happens at: an earlier one of its sentence, or the
        // latest one of the same day (会上，…签署 / 当天，…还举行).
        const sameOccasion = [...out]
          .reverse()
          .find(
            (e) =>
              e.venue !== null &&
              ((e.start >= s.start && e.start < s.end) ||
                (info.date.length === 10 && e.date === info.date)),
          );
        const venueIds =
          v.ids.length > 0
            ? v.ids
            : bracketVenue
              ? [bracketVenue]
              : ref?.venue
                ? [ref.venue]
                : sameOccasion?.venue
                  ? [sameOccasion.venue]
                  : [];
        const sets =
          t.type.endsWith('signing') || t.type === 'framework-agreement'
            ? partySets(c, t.start, nonVenue.length ? nonVenue : segment)
            : [idsOf(nonVenue)];
        const editions = Math.max(t.editions, venueIds.length, 1);
        for (const set of sets) {
          for (let i = 0; i < (sets.length > 1 ? 1 : editions); i++) {
            const venue = venueIds[i] ?? (editions === 1 ? (venueIds[0] ?? null) : null);
            let parties = set.length > 0 ? set : idsOf(within(ctx.mentions, s.start, s.end));
            if (parties.length < 2) parties = [...new Set([...parties, ...venueIds])];
            const previous = [...out].reverse().find((e) => !e.weak && e.date === info.date);
            if (parties.length === 0)
              parties = previous ? [...previous.parties] : [...ctx.fallbackParties.slice(0, 2)];
            const confidence = Math.max(
              0.1,
              Math.min(0.95, (t.weak ? 0.5 : 0.75) + info.confidence),
            );
            const when = info.endDate
              ? { date: info.date, endDate: info.endDate }
              : { date: info.date };
            const event: RawEvent = {
              type: t.type,
              name: t.name,
              ...when,
              venue,
              parties,
              quote: c.text.length >= 6 ? c.text : s.text,
              start: c.start + t.start,
              sentence: s.start,
              confidence,
              weak: t.weak,
            };
            const dir = direction(s, c, ctx, parties, /signing|agreement/u.test(t.type));
            out.push(dir ? { ...event, direction: dir } : event);
          }
        }
        if (!t.weak && explicit && !lead) lead = explicit;
        segStart = c.end;
        if (out.length >= MAX_EVENTS) return dedupe(out);
      }
    }
  }
  return dedupe(out);
}

/** An anaphoric mention (`正是前些年在荣昌举行的那场座谈会`) completes the event it points back to. */
function fillIn(event: RawEvent, date: DateMention | undefined, venue: string | undefined): void {
  if (date && event.confidence < 0.75) {
    event.date = date.date;
    if (date.endDate) event.endDate = date.endDate;
    else delete event.endDate;
    event.confidence = Math.min(0.7, event.confidence + 0.1);
  }
  if (venue && event.venue === null) event.venue = venue;
}

/**
 * Drops weak events another event of the same type and date covers, repeats of a name,
 * and a second report of one occasion in a sentence (same type, parties, venue and date).
 */
function dedupe(events: readonly RawEvent[]): RawEvent[] {
  const kept: RawEvent[] = [];
  for (const e of events) {
    if (e.weak && events.some((o) => o !== e && !o.weak && o.type === e.type && o.date === e.date))
      continue;
    if (e.weak && e.type === 'meeting' && e.confidence < 0.55) continue;
    const sameParties = (o: RawEvent) =>
      o.type === e.type && o.venue === e.venue && o.parties.join() === e.parties.join();
    const same = kept.find(
      (o) =>
        sameParties(o) &&
        ((o.name === e.name && o.quote !== e.quote) ||
          // 开工仪式在延安举行，首批6个项目集中开工: one occasion, reported twice in a sentence.
          (o.sentence === e.sentence && o.date === e.date && o.endDate === e.endDate)),
    );
    if (same) continue;
    kept.push(e);
  }
  return kept;
}
