/**
 * Checks across the parsed sources. The gazetteer, the taxonomy and the label points
 * are checked here; an article's annotation by the one validator the authoring view also
 * uses (`src/ingest/check/`), whose problems this prints in English with the file and
 * the record. Pure: returns the problems, in source order.
 */
import { buildLexicon, type Lexicon } from '../../src/domain/extract/lexicon';
import type { AnnotationSource, RegionSource, Sector } from '../../src/domain/schema';
import { problemText } from '../../src/i18n/checkText';
import { checkReferences, checkReviewed, regionsNamed } from '../../src/ingest/check';
import type { Points } from './parse';
import { problem } from './problems';

export { isBefore } from '../../src/ingest/check';

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

// One lexicon per gazetteer (the build passes the same parsed list for every article).
const lexicons = new WeakMap<readonly RegionSource[], Lexicon>();
function lexiconOf(regions: readonly RegionSource[]): Lexicon {
  let lexicon = lexicons.get(regions);
  if (!lexicon) {
    lexicon = buildLexicon(regions, []);
    lexicons.set(regions, lexicon);
  }
  return lexicon;
}

/**
 * Checks one article against the gazetteer and the taxonomy: whether it is reviewed,
 * then its references and quotes (`src/ingest/check/`). A list is null when its file did
 * not parse: then every id would look unknown, so those checks are skipped.
 */
export function validateArticle(
  a: ArticleInput,
  regions: readonly RegionSource[] | null,
  sectorIds: ReadonlySet<string> | null,
): string[] {
  const lexicon = regions === null ? null : lexiconOf(regions);
  const problems = [
    ...checkReviewed(a.annotation),
    ...checkReferences(a.annotation, {
      regions: lexicon?.regions ?? null,
      sectorIds,
      clean: a.clean,
      named: lexicon && a.clean !== null ? regionsNamed(a.clean, lexicon) : null,
      rawPath: a.rawPath,
    }),
  ];
  return problems.map((p) => problem(a.file, p.path, problemText('en', p), a.root));
}
