/**
 * A pair's cooperation ledger: its events and the figures reported about both
 * sides, over all years, as stages (framework agreement → project signings →
 * parks → outcomes reported), plus the figures reported more than once.
 * Items the current filters hide are kept and marked, so the history stays whole.
 */
import type { AtlasIndex } from './atlasIndex';
import { dateSortKey } from './dates';
import { eventPasses, figurePasses, type Filters } from './filters';
import { pairEventPositions } from './links';
import { pairKey } from './pairs';
import { pairFigurePositions } from './regionIndex';
import type { AtlasEvent, EventType, Figure, RegionId } from './schema';
import { figureSeries, type FigureSeries } from './series';

export { sameMetric, type FigureSeries } from './series';

/** Where an item stands in a cooperation's life; `exchange` covers forums, summits, promotions and meetings. */
export type LedgerStage = 'framework' | 'signing' | 'park' | 'outcome' | 'exchange';

/** The stages of the progression, in order (exchanges accompany them and are not a step). */
export const LEDGER_STEPS = ['framework', 'signing', 'park', 'outcome'] as const;

const STAGE_OF: Record<EventType, LedgerStage> = {
  'framework-agreement': 'framework',
  declaration: 'framework',
  'project-signing': 'signing',
  'chamber-signing': 'signing',
  'park-launch': 'park',
  summit: 'exchange',
  forum: 'exchange',
  promotion: 'exchange',
  meeting: 'exchange',
};

const STAGE_RANK: Record<LedgerStage, number> = {
  framework: 0,
  signing: 1,
  park: 2,
  exchange: 3,
  outcome: 4,
};

/** The stage of an event type. */
export function stageOfEvent(type: EventType): LedgerStage {
  return STAGE_OF[type];
}

/** One line of the ledger: an event, or the figures one article reports for one date. */
export type LedgerEntry =
  | {
      readonly kind: 'event';
      readonly stage: LedgerStage;
      readonly date: string;
      readonly event: AtlasEvent;
      /** False when the current filters hide it. */
      readonly passes: boolean;
    }
  | {
      readonly kind: 'figures';
      /** `park` for counts of parks (30+ co-built parks), otherwise `outcome`. */
      readonly stage: LedgerStage;
      readonly date: string;
      readonly article: string;
      readonly figures: readonly Figure[];
      readonly passes: boolean;
    };

/** How far a pair got in one stage: how many items, and the first and last date. */
export interface StageSummary {
  readonly stage: (typeof LEDGER_STEPS)[number];
  readonly count: number;
  readonly first: string | null;
  readonly last: string | null;
}

/** The ledger of a pair. */
export interface Ledger {
  /** Events and reported figures, in date order. */
  readonly entries: readonly LedgerEntry[];
  readonly steps: readonly StageSummary[];
  /** Metrics reported more than once, oldest report first. */
  readonly series: readonly FigureSeries[];
}

/** Figures about both regions of a pair (or places within each), in atlas order. */
export function pairFigures(index: AtlasIndex, a: RegionId, b: RegionId): Figure[] {
  return pairFigurePositions(index, a, b).flatMap((i) => index.figures[i] ?? []);
}

/** Builds a pair's ledger; `filters` only mark entries, they never drop them. */
export function buildLedger(index: AtlasIndex, a: RegionId, b: RegionId, filters: Filters): Ledger {
  const key = pairKey(a, b);
  const entries: LedgerEntry[] = [];
  for (const i of pairEventPositions(index, key)) {
    const event = index.events[i];
    if (!event) continue;
    const stage = stageOfEvent(event.type);
    entries.push({
      kind: 'event',
      stage,
      date: event.date,
      event,
      passes: eventPasses(filters, event),
    });
  }
  const figures = pairFigures(index, a, b);
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const stage = f.unit === 'park' ? 'park' : 'outcome';
    const group = `${stage}|${f.asOf}|${f.article}`;
    groups.set(group, [...(groups.get(group) ?? []), f]);
  }
  for (const [group, list] of groups) {
    const [stage = 'outcome', date = '', article = ''] = group.split('|');
    entries.push({
      kind: 'figures',
      stage: stage === 'park' ? 'park' : 'outcome',
      date,
      article,
      figures: list,
      passes: list.some((f) => figurePasses(filters, f)),
    });
  }
  // On the same day, events come before the figures reported on it, each in stage order.
  const rank = (e: LedgerEntry) => (e.kind === 'event' ? 0 : 10) + STAGE_RANK[e.stage];
  entries.sort(
    (x, y) => dateSortKey(x.date).localeCompare(dateSortKey(y.date)) || rank(x) - rank(y),
  );
  const steps = LEDGER_STEPS.map((stage): StageSummary => {
    const dates = entries
      .filter((e) => e.stage === stage)
      .flatMap((e) => (e.kind === 'event' ? [e.date] : e.figures.map(() => e.date)));
    return { stage, count: dates.length, first: dates[0] ?? null, last: dates.at(-1) ?? null };
  });
  return { entries, steps, series: figureSeries(figures) };
}
