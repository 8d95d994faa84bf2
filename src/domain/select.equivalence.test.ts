/**
 * The indexed, memoised derivations must show exactly what the plain
 * definitions show: a straightforward re-statement of each rule (the first,
 * unindexed implementation) is the oracle, on random atlases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeArticle, makeEvent, makeFigure, makeIndex, REGIONS } from '../testing/fixtures';
import { areNested, buildIndex, isWithin, type AtlasIndex } from './atlasIndex';
import { yearSpan } from './dates';
import { selectPairDetails, selectRegionDetails, topLinks } from './details';
import { buildLedger } from './ledger';
import { countBySector, sectorCountsInYears } from './aggregates';
import { articlePasses, eventPasses, figurePasses, type Filters } from './filters';
import { pairKey, selectView, type FilteredView, type Link } from './select';
import type { AtlasEvent } from './schema';

function referenceLinks(index: AtlasIndex, events: readonly AtlasEvent[]): Link[] {
  const byPair = new Map<string, AtlasEvent[]>();
  for (const event of events) {
    const parties = [...new Set(event.parties)];
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a = '', b = ''] = [parties[i], parties[j]];
        if (areNested(index, a, b)) continue;
        byPair.set(pairKey(a, b), [...(byPair.get(pairKey(a, b)) ?? []), event]);
      }
    }
  }
  return [...byPair]
    .map(([id, linkEvents]): Link => {
      const [a = '', b = ''] = id.split('~');
      const spans = linkEvents.map((e) => yearSpan(e.date, e.endDate));
      const dirs = new Set(
        linkEvents.flatMap((e) =>
          e.direction && new Set([e.direction.from, e.direction.to, a, b]).size === 2
            ? [`${e.direction.from}>${e.direction.to}`]
            : [],
        ),
      );
      const [from = '', to = ''] = [...dirs][0]?.split('>') ?? [];
      return {
        id,
        a,
        b,
        events: linkEvents,
        slots: linkEvents.map((e) => index.events.indexOf(e)),
        years: [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))],
        sectors: [...new Set(linkEvents.flatMap((e) => e.sectors))].sort(),
        direction: dirs.size === 1 ? { from, to } : null,
      };
    })
    .sort((x, y) => y.events.length - x.events.length || x.id.localeCompare(y.id));
}

function referenceView(index: AtlasIndex, filters: Filters): FilteredView {
  const events = index.events.filter((e) => eventPasses(filters, e));
  const figures = index.figures.filter((f) => figurePasses(filters, f));
  const eventArticles = new Set([...events, ...figures].map((x) => x.article));
  const activity = new Map<string, number>();
  const involved = new Set<string>();
  for (const event of events) {
    const touched = new Set<string>();
    for (const id of [...event.parties, ...(event.venue ? [event.venue] : [])]) {
      involved.add(id);
      touched.add(id);
      index.ancestors.get(id)?.forEach((p) => touched.add(p));
    }
    touched.forEach((id) => activity.set(id, (activity.get(id) ?? 0) + 1));
  }
  figures.forEach((f) => f.regions.forEach((id) => involved.add(id)));
  return {
    filters,
    events,
    figures,
    articles: index.atlas.articles.filter((a) => articlePasses(filters, a, eventArticles)),
    links: referenceLinks(index, events),
    activity,
    involved: [...involved].sort(),
  };
}

function referenceRegionArticles(index: AtlasIndex, view: FilteredView, id: string) {
  const inRegion = (r: string) => isWithin(index, r, id);
  const bySector = view.filters.sectors.length > 0;
  const named = new Set(
    view.articles.filter((a) => !bySector && a.regions.some(inRegion)).map((a) => a.id),
  );
  view.events
    .filter((e) => e.parties.some(inRegion) || (e.venue !== null && inRegion(e.venue)))
    .forEach((e) => named.add(e.article));
  view.figures.filter((f) => f.regions.some(inRegion)).forEach((f) => named.add(f.article));
  return [...named]
    .filter((a) => view.articles.some((x) => x.id === a))
    .flatMap((a) => index.articleById.get(a) ?? [])
    .sort((x, y) => y.published.localeCompare(x.published));
}

const ids = REGIONS.map((r) => r.id);
const region = fc.constantFrom(...ids);
const sector = fc.constantFrom('tourism', 'electronics');
const year = fc.integer({ min: 2014, max: 2024 });
const date = fc
  .tuple(year, fc.integer({ min: 0, max: 2 }))
  .map(([y, p]) => (p === 0 ? String(y) : p === 1 ? `${y}-07` : `${y}-07-15`));
const articleId = fc.constantFrom('a1', 'a2', 'a_3', 'a-4');

const atlasFigure = fc.record({
  article: articleId,
  asOf: date,
  regions: fc.uniqueArray(region, { minLength: 1, maxLength: 2 }),
});

const atlas = fc.record({
  events: fc.array(
    fc.record({
      id: fc.constantFrom('e1', 'e2', 'e3'),
      article: articleId,
      date,
      parties: fc.uniqueArray(region, { minLength: 1, maxLength: 3 }),
      venue: fc.option(region, { nil: null }),
      sectors: fc.uniqueArray(sector, { maxLength: 2 }),
      directed: fc.boolean(),
    }),
    { maxLength: 14 },
  ),
  figures: fc.array(atlasFigure, { maxLength: 6 }),
});

const filters: fc.Arbitrary<Filters> = fc.record({
  years: fc.option(
    fc.tuple(year, year).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
    { nil: null },
  ),
  sectors: fc.uniqueArray(sector, { maxLength: 2 }),
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

// More sectors than fit in the bit masks of `recordColumns`: the generic path then filters.
const MANY_SECTORS = Array.from({ length: 31 }, (_, i) => ({
  id: `sector-${String.fromCharCode(97 + (i % 26))}${'x'.repeat(Math.floor(i / 26))}`,
  name: { zh: `行业${i}`, en: `Sector ${i}` },
}));

function indexOf(parts: ValueOf<typeof atlas>, manySectors = false): AtlasIndex {
  const index = makeIndex({
    events: parts.events.map(({ directed, ...e }) => {
      const [from, to] = e.parties;
      return makeEvent({ ...e, ...(directed && from && to ? { direction: { from, to } } : {}) });
    }),
    figures: parts.figures.map((f, i) => makeFigure({ ...f, id: `f${i}` })),
    articles: ['a1', 'a2', 'a_3', 'a-4'].map((id, i) =>
      makeArticle({
        id,
        published: `${2015 + i * 3}-0${i + 1}-10`,
        sectors: [i % 2 ? 'tourism' : 'electronics'],
      }),
    ),
  });
  if (!manySectors) return index;
  return buildIndex({ ...index.atlas, sectors: [...index.atlas.sectors, ...MANY_SECTORS] });
}

describe('indexed derivations agree with the plain definitions', () => {
  it('selectView, the panels and the top links', () => {
    fc.assert(
      fc.property(atlas, filters, region, region, fc.boolean(), (parts, f, r1, r2, many) => {
        const index = indexOf(parts, many);
        const view = selectView(index, f);
        const reference = referenceView(index, f);
        expect(view).toEqual(reference);
        expect(selectRegionDetails(index, view, r1)).toEqual(
          selectRegionDetails(index, reference, r1),
        );
        expect(selectRegionDetails(index, view, r1)?.articles).toEqual(
          referenceRegionArticles(index, reference, r1),
        );
        const inRegion = (r: string) => isWithin(index, r, r1);
        expect(selectRegionDetails(index, view, r1)).toMatchObject({
          events: reference.events.filter(
            (e) => e.parties.some(inRegion) || (e.venue !== null && inRegion(e.venue)),
          ),
          figures: reference.figures.filter((f) => f.regions.some(inRegion)),
          links: reference.links.filter((l) => inRegion(l.a) || inRegion(l.b)),
        });
        expect(selectPairDetails(index, view, r1, r2)).toEqual(
          selectPairDetails(index, reference, r1, r2),
        );
        const inA = (r: string) => isWithin(index, r, r1);
        const inB = (r: string) => isWithin(index, r, r2);
        expect(selectPairDetails(index, view, r1, r2)?.figures ?? []).toEqual(
          r1 === r2
            ? []
            : reference.figures.filter((f) => f.regions.some(inA) && f.regions.some(inB)),
        );
        expect(
          buildLedger(index, r1, r2, f).entries.flatMap((e) =>
            e.kind === 'event' ? [e.event] : [],
          ),
        ).toEqual(
          r1 === r2
            ? []
            : index.events.filter((e) =>
                referenceLinks(index, [e]).some((l) => l.id === pairKey(r1, r2)),
              ),
        );
        const articles = (l: { events: readonly AtlasEvent[] }) =>
          new Set(l.events.map((e) => e.article)).size;
        expect(topLinks(view, 3)).toEqual(
          [...reference.links]
            .sort(
              (x, y) =>
                articles(y) - articles(x) ||
                y.events.length - x.events.length ||
                x.id.localeCompare(y.id),
            )
            .slice(0, 3),
        );
        expect(sectorCountsInYears(index, f.years)).toEqual(
          countBySector(referenceView(index, { years: f.years, sectors: [] }).events),
        );
        expect(isWithin(index, r1, r1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the same top links when it stops counting early', () => {
    const busy = fc.record({
      events: fc.array(
        fc.record({
          id: fc.constantFrom('e1', 'e2', 'e3'),
          article: articleId,
          date,
          parties: fc.uniqueArray(region, { minLength: 2, maxLength: 2 }),
          venue: fc.constant(null),
          sectors: fc.uniqueArray(sector, { maxLength: 1 }),
          directed: fc.constant(false),
        }),
        { minLength: 10, maxLength: 60 },
      ),
      figures: fc.array(atlasFigure, { maxLength: 0 }),
    });
    fc.assert(
      fc.property(busy, fc.integer({ min: 1, max: 4 }), (parts, limit) => {
        const index = indexOf(parts);
        const view = selectView(index, { years: null, sectors: [] });
        const articles = (l: { events: readonly AtlasEvent[] }) =>
          new Set(l.events.map((e) => e.article)).size;
        expect(topLinks(view, limit)).toEqual(
          [...view.links]
            .sort(
              (x, y) =>
                articles(y) - articles(x) ||
                y.events.length - x.events.length ||
                x.id.localeCompare(y.id),
            )
            .slice(0, limit),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same view for the same filter values, a new one for others', () => {
    const index = indexOf({ events: [], figures: [] });
    const a = selectView(index, { years: [2016, 2018], sectors: ['tourism'] });
    expect(selectView(index, { years: [2016, 2018], sectors: ['tourism'] })).toBe(a);
    expect(selectView(index, { years: [2016, 2019], sectors: ['tourism'] })).not.toBe(a);
    expect(selectView(index, { years: [2016, 2018], sectors: [] })).not.toBe(a);
  });
});
