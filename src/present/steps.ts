/**
 * Presentation steps, pure: one per event in date order (the default), or the
 * steps of a curated story. A step says what to select, which filters apply,
 * what to frame and what the caption card shows.
 */
import { areNested, isWithin, type AtlasIndex } from '../domain/atlasIndex';
import { yearOf } from '../domain/dates';
import type { PresentStep } from '../domain/presentStep';
import type { AtlasEvent, Figure, RegionId, Unit } from '../domain/schema';
import { selectedRegionIds, type Selection } from '../domain/selection';

const UNIT_RANK: Partial<Record<Unit, number>> = {
  yuan: 0,
  enterprise: 1,
  project: 2,
  person: 3,
  park: 4,
  job: 5,
  chamber: 6,
  agreement: 7,
  product: 8,
};

/**
 * The figure that best sums up an event: from the same article, about one of
 * its parties or a place inside one, of the same year if any, money first.
 */
export function keyFigure(index: AtlasIndex, event: AtlasEvent): Figure | null {
  const places = [...event.parties, ...(event.venue ? [event.venue] : [])];
  const year = yearOf(event.date);
  const candidates = index.figures.filter(
    (f) =>
      f.article === event.article &&
      f.regions.some((r) => places.some((p) => isWithin(index, r, p) || isWithin(index, p, r))),
  );
  const rank = (f: Figure) => [yearOf(f.asOf) === year ? 0 : 1, UNIT_RANK[f.unit] ?? 9, -f.value];
  candidates.sort((x, y) => {
    const [a, b] = [rank(x), rank(y)];
    for (let i = 0; i < a.length; i++) {
      const d = (a[i] ?? 0) - (b[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return candidates[0] ?? null;
}

function ordered(a: RegionId, b: RegionId): Selection {
  return a < b ? { kind: 'pair', a, b } : { kind: 'pair', a: b, b: a };
}

/**
 * What an event's step selects: the link of a two- or three-party event (its
 * first pair of parties that are not nested), else its venue or first party.
 */
export function eventSelection(index: AtlasIndex, event: AtlasEvent): Selection {
  const parties = [...new Set(event.parties)];
  if (parties.length >= 2 && parties.length <= 3) {
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [parties[i], parties[j]];
        if (a && b && !areNested(index, a, b)) return ordered(a, b);
      }
    }
  }
  const id = event.venue ?? parties[0];
  return id ? { kind: 'region', id } : null;
}

/** One step per event, in the order given (the index keeps events in date order). */
export function eventSteps(index: AtlasIndex, events: readonly AtlasEvent[]): PresentStep[] {
  return events.map((event) => ({
    selection: eventSelection(index, event),
    filters: null,
    frame: [...new Set([...event.parties, ...(event.venue ? [event.venue] : [])])],
    camera: null,
    date: event.date,
    endDate: event.endDate ?? null,
    type: event.type,
    title: event.title,
    caption: null,
    parties: event.parties,
    figure: keyFigure(index, event),
    article: index.articleById.get(event.article) ?? null,
  }));
}

/** The regions a selection names. */
export function selectionRegions(selection: Selection): RegionId[] {
  return selectedRegionIds(selection);
}
