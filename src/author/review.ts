/**
 * The state of one article under review: the drafted title, date, source and summary,
 * and every drafted region, sector, event and figure with the user's decision on it
 * (pending, accepted, rejected). Plain data with a schema, so the autosaved copy read
 * back from the browser store is validated like any outside data.
 */
import {
  ArticleTextSchema,
  EventTypeSchema,
  QualifierSchema,
  UnitSchema,
  type AnnotationSource,
} from '../domain/schema';
import { z } from '../domain/zod';

export const DecisionSchema = z.enum(['pending', 'accepted', 'rejected']);
export type Decision = z.infer<typeof DecisionSchema>;

/** A bilingual field while it is edited: either side may be empty or still untranslated. */
const TextPair = z.object({ zh: z.string(), en: z.string() });

/** An event as the form edits it (strings may be empty until the user fills them). */
export const EventDraftSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  title: TextPair,
  date: z.string(),
  endDate: z.string(),
  venue: z.nullable(z.string()),
  parties: z.array(z.string()),
  direction: z.nullable(z.object({ from: z.string(), to: z.string() })),
  sectors: z.array(z.string()),
  quote: z.string(),
});

/** A figure as the form edits it: the value is the text typed (`150亿`, `86.5`). */
export const FigureDraftSchema = z.object({
  id: z.string(),
  metric: TextPair,
  value: z.string(),
  unit: UnitSchema,
  qualifier: QualifierSchema,
  asOf: z.string(),
  regions: z.array(z.string()),
  sectors: z.array(z.string()),
  quote: z.string(),
});

function itemSchema<T extends z.ZodMiniType>(value: T) {
  return z.object({
    key: z.string(),
    decision: DecisionSchema,
    /** The extractor's confidence, or null for an item the user added. */
    confidence: z.nullable(z.number()),
    /** The sentence of the clean text the item was read from (events and figures: their quote). */
    evidence: z.string(),
    value,
  });
}

export const ReviewSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  /** The file the article came from, or null when it was pasted. */
  fileName: z.nullable(z.string()),
  encoding: z.nullable(z.string()),
  text: ArticleTextSchema,
  title: TextPair,
  published: z.string(),
  source: TextPair,
  summary: TextPair,
  /** The sentences the title, publication time and source were read from. */
  metaEvidence: z.object({ title: z.string(), published: z.string(), source: z.string() }),
  regions: z.array(itemSchema(z.string())),
  sectors: z.array(itemSchema(z.string())),
  events: z.array(itemSchema(EventDraftSchema)),
  figures: z.array(itemSchema(FigureDraftSchema)),
  /** Things the extractor asks the reviewer to check (its `extraction.review`). */
  notes: z.array(z.string()),
});

export type EventDraft = z.infer<typeof EventDraftSchema>;
export type FigureDraft = z.infer<typeof FigureDraftSchema>;
export type Review = z.infer<typeof ReviewSchema>;
/** The kinds of item a review holds, in the order the form shows them. */
export const ITEM_KINDS = ['regions', 'sectors', 'events', 'figures'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export type ReviewItem<K extends ItemKind = ItemKind> = Review[K][number];

/** What the ingester returns for an article: its draft annotation and texts. */
export interface DraftInput {
  readonly annotation: AnnotationSource;
  /** The article before normalisation (what `data/raw/<id>.txt` holds). */
  readonly text: string;
  readonly clean: string;
  readonly mojibake: readonly { start: number; end: number; text: string }[];
  readonly encoding: string | null;
}

/** The review of a fresh draft: every drafted item pending. */
export function reviewOf(draft: DraftInput, id: string, fileName: string | null): Review {
  const a = draft.annotation;
  const x = a.extraction;
  const evidence = (list: readonly { id: string; quote: string; confidence: number }[]) =>
    new Map(list.map((e) => [e.id, e]));
  const regionEvidence = evidence(x?.regions ?? []);
  const sectorEvidence = evidence(x?.sectors ?? []);
  return {
    version: 1,
    id,
    fileName,
    encoding: draft.encoding,
    text: { id, original: draft.text, clean: draft.clean, mojibake: [...draft.mojibake] },
    title: { ...a.title },
    published: a.published,
    source: { ...a.source },
    summary: { ...a.summary },
    metaEvidence: {
      title: x?.title.quote ?? '',
      published: x?.published.quote ?? '',
      source: x?.source.quote ?? '',
    },
    regions: a.regions.map((r) => ({
      key: `region:${r}`,
      decision: 'pending',
      confidence: regionEvidence.get(r)?.confidence ?? null,
      evidence: regionEvidence.get(r)?.quote ?? '',
      value: r,
    })),
    sectors: a.sectors.map((s) => ({
      key: `sector:${s}`,
      decision: 'pending',
      confidence: sectorEvidence.get(s)?.confidence ?? null,
      evidence: sectorEvidence.get(s)?.quote ?? '',
      value: s,
    })),
    events: a.events.map((e, i) => ({
      key: `event:${i + 1}`,
      decision: 'pending',
      confidence: e.confidence ?? null,
      evidence: e.quote,
      value: {
        id: e.id,
        type: e.type,
        title: { ...e.title },
        date: e.date,
        endDate: e.endDate ?? '',
        venue: e.venue,
        parties: [...e.parties],
        direction: e.direction ? { ...e.direction } : null,
        sectors: [...e.sectors],
        quote: e.quote,
      },
    })),
    figures: a.figures.map((f, i) => ({
      key: `figure:${i + 1}`,
      decision: 'pending',
      confidence: f.confidence ?? null,
      evidence: f.quote,
      value: {
        id: f.id,
        metric: { ...f.metric },
        value: String(f.value),
        unit: f.unit,
        qualifier: f.qualifier,
        asOf: f.asOf,
        regions: [...f.regions],
        sectors: [...f.sectors],
        quote: f.quote,
      },
    })),
    notes: [...(x?.review ?? [])],
  };
}
