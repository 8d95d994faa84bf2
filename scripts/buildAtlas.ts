/**
 * `npm run data` validates the curated sources (data/regions.yaml, data/sectors.yaml,
 * data/geo/points.json, data/annotations/*.yaml, data/raw/*.txt) with the zod schemas
 * of src/domain/schema.ts and writes public/data/atlas.json and
 * public/data/articles/<id>.json deterministically, and public/data/gazetteer.json (the
 * ingester's lexicon data for the browser).
 *
 * Flags: `--check` writes nothing and fails when the files on disk are stale;
 * `--include-drafts` also reads `data/annotations/*.draft.yaml`.
 * On any problem it lists them all, writes nothing and exits 1.
 */
import { buildAtlas } from './atlas/build';
import { applyOutputs, compareOutputs, readSources } from './atlas/io';
import { gazetteerOutput } from './ingest/gazetteerFile';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== '--check' && a !== '--include-drafts');
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(' ')}; use --check and/or --include-drafts`);
  process.exit(2);
}

const root = process.cwd();
const result = buildAtlas(readSources(root, args.has('--include-drafts')));
if (!result.ok) {
  console.error(result.problems.join('\n'));
  console.error(`\n${result.problems.length} problem(s); nothing was written.`);
  process.exit(1);
}

const outputs = [...result.outputs, gazetteerOutput(root)];
const { articles, events, figures, regions } = result.summary;
const summary = `${articles} articles, ${events} events, ${figures} figures, ${regions} regions`;

if (args.has('--check')) {
  const drift = compareOutputs(root, outputs);
  const lines = [
    ...drift.changed.map((p) => `stale: ${p}`),
    ...drift.missing.map((p) => `missing: ${p}`),
    ...drift.stale.map((p) => `no longer generated: ${p}`),
  ];
  if (lines.length > 0) {
    console.error(`${lines.join('\n')}\nthe atlas is out of date: run npm run data`);
    process.exit(1);
  }
  console.log(`atlas up to date (${summary})`);
} else {
  const drift = applyOutputs(root, outputs);
  const touched = drift.changed.length + drift.missing.length + drift.stale.length;
  console.log(
    `atlas: ${summary}; ${touched === 0 ? 'no file changed' : `${touched} file(s) written or removed`}`,
  );
}
