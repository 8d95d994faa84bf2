/**
 * The checks of a parsed annotation against the gazetteer, the taxonomy and its article:
 * every id a record names exists (with the nearest id the text names as a suggestion),
 * every region is named in the text, ids are unique, parties are among the article's
 * regions, directions and date ranges make sense, and every quote is in the article
 * (with the nearest sentence and the difference when it is not). Pure; source order.
 */
import type { AnnotationSource } from '../../domain/schema';
import { findQuote, quoteIndex } from '../../domain/text/quote';
import { nearestId } from './named';
import type { CheckProblem, PathKey } from './problem';
import { excerpt, problemAt } from './problem';
import { quoteDifference } from './quoteDiff';

/** What the checks compare an annotation with. A null part skips its checks. */
export interface CheckContext {
  /** Gazetteer names by region id (null when the gazetteer did not parse). */
  regions: ReadonlyMap<string, { name: { zh: string } }> | null;
  sectorIds: ReadonlySet<string> | null;
  /** The article's normalised text (null when its raw text is missing). */
  clean: string | null;
  /** Regions the text names (`regionsNamed`); null skips the check. */
  named: ReadonlySet<string> | null;
  /** Where the raw text should be, for the message when it is missing. */
  rawPath: string;
}

/** `isBefore('2014', '2015-03')`: partial date `a` lies before `b` at their common precision. */
export function isBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

function duplicates<T>(
  items: readonly T[],
  key: (t: T) => string,
  report: (i: number, first: number) => void,
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(key(item));
    if (first === undefined) seen.set(key(item), i);
    else report(i, first);
  });
}

/** The referential and quote checks of one annotation. */
export function checkReferences(n: AnnotationSource, ctx: CheckContext): CheckProblem[] {
  const out: CheckProblem[] = [];
  const { regions, named } = ctx;
  const nameOf = (id: string) => regions?.get(id)?.name.zh ?? id;
  const known = (id: string) => regions === null || regions.has(id);
  const region = (path: PathKey[], id: string): void => {
    if (regions === null) return;
    if (!regions.has(id)) {
      const suggestion = nearestId(id, named ?? []) ?? nearestId(id, regions.keys());
      out.push(
        suggestion
          ? problemAt(path, 'unknownRegionSuggest', { id, suggestion })
          : problemAt(path, 'unknownRegion', { id }),
      );
    } else if (named !== null && !named.has(id)) {
      const suggestion = nearestId(id, named);
      out.push(
        suggestion
          ? problemAt(path, 'regionNotNamedSuggest', {
              id,
              name: nameOf(id),
              suggestion,
              suggestionName: nameOf(suggestion),
            })
          : problemAt(path, 'regionNotNamed', { id, name: nameOf(id) }),
      );
    }
  };
  const sectors = (base: PathKey[], list: readonly string[]): void => {
    list.forEach((s, i) => {
      if (ctx.sectorIds !== null && !ctx.sectorIds.has(s))
        out.push(problemAt([...base, 'sectors', i], 'unknownSector', { id: s }));
    });
  };
  const index = ctx.clean === null ? null : quoteIndex(ctx.clean);
  const quote = (base: PathKey[], q: string): void => {
    if (index === null || ctx.clean === null || findQuote(index, q) !== null) return;
    const params = { article: n.id, quote: excerpt(q) };
    const diff = quoteDifference(ctx.clean, q);
    if (diff === null) {
      out.push(problemAt([...base, 'quote'], 'quoteNotFound', params));
      return;
    }
    const code = {
      'half-width': 'quoteHalfWidth',
      traditional: 'quoteTraditional',
      extra: 'quoteExtra',
      missing: 'quoteMissing',
      differs: 'quoteDiffers',
    } as const;
    out.push(
      problemAt([...base, 'quote'], code[diff.kind], {
        ...params,
        sentence: excerpt(diff.sentence, 40),
        found: diff.found,
        expected: diff.expected,
      }),
    );
  };

  if (ctx.clean === null) out.push(problemAt(['id'], 'noRawText', { path: ctx.rawPath }));
  n.regions.forEach((r, i) => region(['regions', i], r));
  sectors([], n.sectors);

  duplicates(
    n.events,
    (e) => e.id,
    (i, first) => out.push(problemAt(['events', i, 'id'], 'duplicateEventId', { first })),
  );
  n.events.forEach((e, i) => {
    const base = ['events', i];
    duplicates(
      e.parties,
      (p) => p,
      (j) =>
        out.push(problemAt([...base, 'parties', j], 'listedTwice', { id: e.parties[j] ?? '' })),
    );
    e.parties.forEach((p, j) => {
      region([...base, 'parties', j], p);
      if (known(p) && !n.regions.includes(p))
        out.push(problemAt([...base, 'parties', j], 'partyNotInRegions', { id: p }));
    });
    if (e.venue !== null) region([...base, 'venue'], e.venue);
    if (e.direction !== undefined) {
      for (const end of ['from', 'to'] as const) {
        const id = e.direction[end];
        if (!known(id)) region([...base, 'direction', end], id);
        else if (!e.parties.includes(id))
          out.push(problemAt([...base, 'direction', end], 'directionNotParty', { id }));
      }
    }
    if (e.endDate !== undefined && isBefore(e.endDate, e.date))
      out.push(problemAt([...base, 'endDate'], 'endBeforeDate', { end: e.endDate, date: e.date }));
    sectors(base, e.sectors);
    quote(base, e.quote);
  });

  duplicates(
    n.figures,
    (f) => f.id,
    (i, first) => out.push(problemAt(['figures', i, 'id'], 'duplicateFigureId', { first })),
  );
  n.figures.forEach((f, i) => {
    const base = ['figures', i];
    f.regions.forEach((r, j) => region([...base, 'regions', j], r));
    sectors(base, f.sectors);
    quote(base, f.quote);
  });
  return out;
}
