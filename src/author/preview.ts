/**
 * The article as the map would show it right now, before it is saved: every item not
 * rejected (pending ones included), minus the records that are not valid yet, so a
 * half-reviewed draft can already be seen on the map. Null when nothing can be shown.
 */
import type { LocalArticle } from '../domain/localArticles';
import {
  AnnotationSourceSchema,
  EventSourceSchema,
  FigureSourceSchema,
  PublishedSchema,
} from '../domain/schema';
import { annotationOf, isUntranslated, type CheckContext } from './check';
import { applyEdit } from './edits';
import type { Review } from './review';

/** What the preview leaves out, so the preview bar can say so. */
export interface Preview {
  readonly article: LocalArticle;
  /** Events and figures not shown because they are not valid yet. */
  readonly leftOut: number;
}

const text = (s: string, fallback: string) => (s.trim() === '' ? fallback : s);
// English still to write shows as the Chinese in the preview, not as "[untranslated] …".
const english = (en: string, zh: string) => (isUntranslated(en) ? zh : en);

/** The preview of a review, or null when no event or figure of it is valid. */
export function previewOf(review: Review, ctx: CheckContext): Preview | null {
  const { candidate } = annotationOf(applyEdit(review, { type: 'acceptPending' }));
  const known = (id: string) => ctx.regions.has(id);
  const events = candidate.events.flatMap((e) => {
    const parsed = EventSourceSchema.safeParse(e);
    if (!parsed.success) return [];
    const { parties, venue, title } = parsed.data;
    if (!parties.every(known) || (venue !== null && !known(venue))) return [];
    return [{ ...parsed.data, title: { ...title, en: english(title.en, title.zh) } }];
  });
  const figures = candidate.figures.flatMap((f) => {
    const parsed = FigureSourceSchema.safeParse(f);
    if (!parsed.success || !parsed.data.regions.every(known)) return [];
    const { metric } = parsed.data;
    return [{ ...parsed.data, metric: { ...metric, en: english(metric.en, metric.zh) } }];
  });
  const leftOut =
    candidate.events.length - events.length + candidate.figures.length - figures.length;
  const firstDay = events[0]?.date ?? figures[0]?.asOf ?? new Date().toISOString();
  const published = PublishedSchema.safeParse(review.published).success
    ? review.published
    : `${firstDay.slice(0, 4)}-${firstDay.slice(5, 7) || '01'}-${firstDay.slice(8, 10) || '01'}`;
  const title = text(review.title.zh, review.id);
  const annotation = AnnotationSourceSchema.safeParse({
    ...candidate,
    title: { zh: title, en: english(review.title.en, title) },
    source: {
      zh: text(review.source.zh, '—'),
      en: english(review.source.en, text(review.source.zh, '—')),
    },
    summary: {
      zh: text(review.summary.zh, title),
      en: english(review.summary.en, text(review.summary.zh, title)),
    },
    published,
    regions: candidate.regions.filter(known),
    events,
    figures,
  });
  if (!annotation.success || events.length + figures.length === 0) return null;
  return {
    article: { annotation: annotation.data, text: review.text, savedAt: new Date().toISOString() },
    leftOut,
  };
}
