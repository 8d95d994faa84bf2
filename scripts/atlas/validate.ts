/**
 * Referential checks across the parsed sources: every id a record names exists,
 * ids are unique, directions and date ranges make sense, and every quote is in
 * its article. Pure: returns the problems, in source order.
 */
import type { AnnotationSource, RegionSource, Sector } from '../../src/domain/schema';
import { findQuote, quoteIndex } from '../../src/domain/text/quote';
import type { Points } from './parse';
import { excerpt, problem } from './problems';

/** A parsed annotation with its article text. */
export interface ArticleInput {
  file: string;
  root: unknown;
  annotation: AnnotationSource;
  /** Normalised text of `data/raw/<id>.txt`, or null when that file is missing. */
  clean: string | null;
  rawPath: string;
}

/** The parsed sources the checks look at. */
export interface Catalogue {
  regionsFile: string;
  regionsRoot: unknown;
  regions: readonly RegionSource[];
  sectorsFile: string;
  sectorsRoot: unknown;
  sectors: readonly Sector[];
  pointsFile: string;
  points: Points | null;
}

/** Reports entries whose `key` repeats an earlier one. */
function duplicates<T>(
  items: readonly T[],
  key: (t: T) => string,
  report: (i: number, first: number) => void,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(key(item));
    if (first === undefined) seen.set(key(item), i);
    else report(i, first);
  });
}

/** True when partial date `a` (`2014`, `2020-07`, `2024-05-17`) lies before `b` at their common precision. */
export function isBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/** Checks the gazetteer, the taxonomy and the label points. */
export function validateCatalogue(c: Catalogue): string[] {
  const out: string[] = [];
  const ids = new Set(c.regions.map((r) => r.id));
  const at = (i: number, field: string, msg: string): void => {
    out.push(problem(c.regionsFile, [i, field], msg, c.regionsRoot));
  };
  duplicates(
    c.regions,
    (r) => r.id,
    (i, first) => at(i, 'id', `duplicate region id (first at [${first}])`),
  );
  duplicates(
    c.regions,
    (r) => r.code,
    (i, first) => at(i, 'code', `duplicate code (first at [${first}])`),
  );
  c.regions.forEach((r, i) => {
    if (r.parent === null) return;
    if (r.parent === r.id) at(i, 'parent', 'a region cannot be its own parent');
    else if (!ids.has(r.parent)) at(i, 'parent', `unknown region "${r.parent}"`);
  });
  duplicates(
    c.sectors,
    (s) => s.id,
    (i, first) =>
      out.push(
        problem(
          c.sectorsFile,
          [i, 'id'],
          `duplicate sector id (first at [${first}])`,
          c.sectorsRoot,
        ),
      ),
  );
  if (c.points === null) {
    out.push(`${c.pointsFile}: missing; run npm run geo`);
    return out;
  }
  for (const r of c.regions) {
    if (!(r.id in c.points))
      out.push(
        `${c.pointsFile} › "${r.id}": no label point for this region of ${c.regionsFile}; run npm run geo`,
      );
  }
  for (const id of Object.keys(c.points).sort()) {
    if (!ids.has(id))
      out.push(`${c.pointsFile} › "${id}": not in ${c.regionsFile}; run npm run geo`);
  }
  return out;
}

/**
 * Checks one article against the catalogue. An id set is null when its file did not
 * parse: then every id would look unknown, so those checks are skipped.
 */
export function validateArticle(
  a: ArticleInput,
  regionIds: ReadonlySet<string> | null,
  sectorIds: ReadonlySet<string> | null,
): string[] {
  const out: string[] = [];
  const { annotation: n, file, root } = a;
  const at = (path: readonly (string | number)[], msg: string): void => {
    out.push(problem(file, path, msg, root));
  };
  const region = (path: (string | number)[], id: string): void => {
    if (regionIds !== null && !regionIds.has(id)) at(path, `unknown region "${id}"`);
  };
  const sectors = (base: (string | number)[], list: readonly string[]): void => {
    list.forEach((s, i) => {
      if (sectorIds !== null && !sectorIds.has(s))
        at([...base, 'sectors', i], `unknown sector "${s}"`);
    });
  };
  const index = a.clean === null ? null : quoteIndex(a.clean);
  const quote = (base: (string | number)[], q: string): void => {
    if (index !== null && findQuote(index, q) === null) {
      at(
        [...base, 'quote'],
        `not found in the normalised text of article ${n.id}: "${excerpt(q)}"`,
      );
    }
  };

  if (a.clean === null) at(['id'], `no raw text: ${a.rawPath} is missing`);
  n.regions.forEach((r, i) => region(['regions', i], r));
  sectors([], n.sectors);

  duplicates(
    n.events,
    (e) => e.id,
    (i, first) => at(['events', i, 'id'], `duplicate event id (first at events[${first}])`),
  );
  n.events.forEach((e, i) => {
    const base = ['events', i];
    duplicates(
      e.parties,
      (p) => p,
      (j) => at([...base, 'parties', j], `"${e.parties[j] ?? ''}" is listed twice`),
    );
    e.parties.forEach((p, j) => region([...base, 'parties', j], p));
    if (e.venue !== null) region([...base, 'venue'], e.venue);
    if (e.direction !== undefined) {
      for (const end of ['from', 'to'] as const) {
        const id = e.direction[end];
        if (regionIds !== null && !regionIds.has(id)) {
          at([...base, 'direction', end], `unknown region "${id}"`);
        } else if (!e.parties.includes(id))
          at([...base, 'direction', end], `"${id}" must be one of the parties`);
      }
    }
    if (e.endDate !== undefined && isBefore(e.endDate, e.date)) {
      at([...base, 'endDate'], `${e.endDate} is before date ${e.date}`);
    }
    sectors(base, e.sectors);
    quote(base, e.quote);
  });

  duplicates(
    n.figures,
    (f) => f.id,
    (i, first) => at(['figures', i, 'id'], `duplicate figure id (first at figures[${first}])`),
  );
  n.figures.forEach((f, i) => {
    const base = ['figures', i];
    f.regions.forEach((r, j) => region([...base, 'regions', j], r));
    sectors(base, f.sectors);
    quote(base, f.quote);
  });
  return out;
}
