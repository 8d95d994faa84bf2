/**
 * `npm run ingest -- <file> [<file> …] [--json]` drafts an annotation for each raw article
 * (`.txt` as in data/raw/, or an `.html` page saved from a browser) and writes it to
 * `data/annotations/<id>.draft.yaml` (`status: draft`, every item with a confidence and
 * its quote), never over a curated `<id>.yaml`. With `--json` the drafts go to stdout
 * and nothing is written. A summary table goes to stderr. Exit status 1 when any file
 * could not be drafted, 2 on bad usage. The drafting itself is `src/ingest/ingest.ts`,
 * the same code the browser runs in its worker.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { MAX_BYTES, refusalLine } from '../src/ingest/ingest';
import { ingestInput } from './ingest/ingestText';
import { draftPaths, draftYaml, refusal, writeAtomic } from './ingest/output';
import type { Row } from './ingest/summary';
import { table } from './ingest/summary';
import { ROOT } from './geo/sources';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
if (unknown.length > 0 || files.length === 0) {
  console.error(
    `${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}usage: npm run ingest -- <file.txt|file.html> [more files] [--json]`,
  );
  process.exit(2);
}

const rel = (p: string) => relative(process.cwd(), p) || p;
const idOf = (file: string) =>
  basename(file, extname(file))
    .replace(/[^\w-]+/gu, '-')
    .replace(/^-+|-+$/gu, '') || 'article';
const rows: Row[] = [];
const drafts: unknown[] = [];

for (const file of files) {
  const started = performance.now();
  const id = idOf(file);
  const row = (result: string, more: Partial<Row> = {}) =>
    rows.push({ file, id, result, ...more, ms: Math.round(performance.now() - started) });
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) {
      row(`refused: ${refusalLine({ reason: 'too-large', bytes: size })}`);
      continue;
    }
    const result = ingestInput({ bytes: readFileSync(file), fileName: file }, id);
    if (!result.ok) {
      row(`refused: ${result.message}`);
      continue;
    }
    const { draft, encoding, text } = result;
    const a = draft.annotation;
    const counts = {
      published: a.published,
      regions: a.regions.length,
      events: a.events.length,
      figures: a.figures.length,
      candidates: a.extraction?.candidates.length ?? 0,
      review: a.extraction?.review.length ?? 0,
    };
    if (json) {
      drafts.push({ file, encoding, ...draft });
      row(draft.problems.length ? `invalid: ${draft.problems[0]}` : 'printed', counts);
      continue;
    }
    if (draft.problems.length > 0) {
      row(`not written: ${draft.problems.join('; ')}`, counts);
      continue;
    }
    const refused = refusal(ROOT, id, text, rel);
    if (refused) {
      row(`refused: ${refused}`, counts);
      continue;
    }
    const paths = draftPaths(ROOT, id);
    if (resolve(file) !== paths.raw) writeAtomic(paths.raw, text);
    writeAtomic(paths.draft, draftYaml(a, rel(file)));
    row(`wrote ${rel(paths.draft)}${encoding === 'UTF-8' ? '' : ` (read as ${encoding})`}`, counts);
  } catch (error) {
    row(`failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (json)
  console.log(
    JSON.stringify(drafts.length === 1 && files.length === 1 ? drafts[0] : drafts, null, 2),
  );
console.error(table(rows));
if (rows.some((r) => !/^(?:wrote|printed)/u.test(r.result))) process.exitCode = 1;
