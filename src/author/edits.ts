/**
 * Every change the authoring form makes to a review, as one pure reducer: decide on an
 * item, accept what is still pending, edit a field, add an item from a text selection.
 */
import type { EventType, Unit } from '../domain/schema';
import type { Decision, EventDraft, FigureDraft, ItemKind, Review } from './review';

type MetaField = 'title' | 'source' | 'summary';

/** One change to a review. */
export type Edit =
  | { type: 'decide'; kind: ItemKind; key: string; decision: Decision }
  | { type: 'acceptPending' }
  | { type: 'meta'; field: MetaField; lang: 'zh' | 'en'; value: string }
  | { type: 'published'; value: string }
  | { type: 'id'; value: string }
  | { type: 'event'; key: string; patch: Partial<EventDraft> }
  | { type: 'figure'; key: string; patch: Partial<FigureDraft> }
  | { type: 'addPlace'; kind: 'regions' | 'sectors'; value: string; evidence: string }
  | { type: 'addEvent'; quote: string; eventType: EventType; date: string }
  | { type: 'addFigure'; quote: string; unit: Unit; asOf: string };

function nextKey(review: Review, kind: ItemKind, prefix: string): string {
  const taken = new Set(review[kind].map((i) => i.key));
  let n = review[kind].length + 1;
  while (taken.has(`${prefix}:${n}`)) n++;
  return `${prefix}:${n}`;
}

function nextId(ids: readonly string[], base: string): string {
  let n = ids.length + 1;
  while (ids.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function mapItems<T extends { key: string }>(
  list: readonly T[],
  key: string,
  change: (item: T) => T,
): T[] {
  return list.map((i) => (i.key === key ? change(i) : i));
}

function decide(review: Review, kind: ItemKind, key: string, decision: Decision): Review {
  const set = <T extends { key: string; decision: Decision }>(list: readonly T[]) =>
    mapItems(list, key, (i) => ({ ...i, decision }));
  switch (kind) {
    case 'regions':
      return { ...review, regions: set(review.regions) };
    case 'sectors':
      return { ...review, sectors: set(review.sectors) };
    case 'events':
      return { ...review, events: set(review.events) };
    case 'figures':
      return { ...review, figures: set(review.figures) };
  }
}

// Editing an item accepts it, unless the user rejected it.
const edited = (d: Decision): Decision => (d === 'rejected' ? 'rejected' : 'accepted');

function added<T>(key: string, evidence: string, value: T) {
  return { key, decision: 'accepted' as const, confidence: null, evidence, value };
}

/** Applies one edit; returns a new review (the old one is untouched). */
export function applyEdit(review: Review, edit: Edit): Review {
  switch (edit.type) {
    case 'decide':
      return decide(review, edit.kind, edit.key, edit.decision);
    case 'acceptPending': {
      const accept = <T extends { decision: Decision }>(list: readonly T[]): T[] =>
        list.map((i) => (i.decision === 'pending' ? { ...i, decision: 'accepted' } : i));
      return {
        ...review,
        regions: accept(review.regions),
        sectors: accept(review.sectors),
        events: accept(review.events),
        figures: accept(review.figures),
      };
    }
    case 'meta':
      return { ...review, [edit.field]: { ...review[edit.field], [edit.lang]: edit.value } };
    case 'published':
      return { ...review, published: edit.value };
    case 'id':
      return { ...review, id: edit.value, text: { ...review.text, id: edit.value } };
    case 'event':
      return {
        ...review,
        events: mapItems(review.events, edit.key, (i) => ({
          ...i,
          decision: edited(i.decision),
          value: { ...i.value, ...edit.patch },
        })),
      };
    case 'figure':
      return {
        ...review,
        figures: mapItems(review.figures, edit.key, (i) => ({
          ...i,
          decision: edited(i.decision),
          value: { ...i.value, ...edit.patch },
        })),
      };
    case 'addPlace': {
      const existing = review[edit.kind].find((i) => i.value === edit.value);
      if (existing) return decide(review, edit.kind, existing.key, 'accepted');
      const prefix = edit.kind === 'regions' ? 'region' : 'sector';
      const item = added(`${prefix}:${edit.value}`, edit.evidence, edit.value);
      return { ...review, [edit.kind]: [...review[edit.kind], item] };
    }
    case 'addEvent': {
      const ids = review.events.map((e) => e.value.id);
      const value: EventDraft = {
        id: nextId(ids, edit.eventType),
        type: edit.eventType,
        title: { zh: '', en: '' },
        date: edit.date,
        endDate: '',
        venue: null,
        parties: [],
        direction: null,
        sectors: [],
        quote: edit.quote,
      };
      const item = added(nextKey(review, 'events', 'event'), edit.quote, value);
      return { ...review, events: [...review.events, item] };
    }
    case 'addFigure': {
      const ids = review.figures.map((f) => f.value.id);
      const value: FigureDraft = {
        id: nextId(ids, edit.unit),
        metric: { zh: '', en: '' },
        value: '',
        unit: edit.unit,
        qualifier: 'exact',
        asOf: edit.asOf,
        regions: [],
        sectors: [],
        quote: edit.quote,
      };
      const item = added(nextKey(review, 'figures', 'figure'), edit.quote, value);
      return { ...review, figures: [...review.figures, item] };
    }
  }
}
