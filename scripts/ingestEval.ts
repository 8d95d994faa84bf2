/**
 * `npm run ingest:eval`: drafts every article of three sets in memory and scores the
 * drafts against their gold annotations, per field (see `scripts/ingest/evaluate.ts`):
 *
 * - seeds: `data/raw/` and `data/annotations/` (the five articles the rules were written on);
 * - dev: `data/eval/dev/` (articles to tune on);
 * - heldout: `data/eval/heldout/` (never tuned on: only its totals are printed).
 *
 * An eval set is `raw/<id>.txt`, `annotations/<id>.yaml` (gold, in the atlas's format) and
 * `traps.yaml` (per article, the gazetteer places named only in page chrome: teasers,
 * navigation, footers, captions, editors). A trap drafted as a region is flagged. Gold
 * annotations are checked with the atlas's own validator, so a gold quote that is not in
 * its article is reported instead of scoring against it. Nothing is written.
 *
 * `--verbose` lists each draft's differences from gold for seeds and dev (not held-out);
 * `--gold-only` only checks the gold annotations.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { AnnotationSourceSchema } from '../src/domain/schema';
import { normalizeArticle } from '../src/domain/text/normalize';
import { problemText } from '../src/i18n/checkText';
import { checkAnnotation, regionsNamed } from '../src/ingest/check';
import type { Field, Score, Scores } from './ingest/evaluate';
import { FIELDS, add, compare, emptyScore, precision, recall } from './ingest/evaluate';
import { ingestText } from './ingest/ingestText';
import { loadLexicon } from './ingest/loadLexicon';
import { ROOT } from './geo/sources';

const verbose = process.argv.includes('--verbose');
// Checks the gold annotations without drafting anything (to fix gold before any score is seen).
const goldOnly = process.argv.includes('--gold-only');
const lexicon = loadLexicon();
const SETS = [
  { name: 'seeds', raw: 'data/raw', gold: 'data/annotations', traps: 'data/eval/seeds-traps.yaml' },
  {
    name: 'dev',
    raw: 'data/eval/dev/raw',
    gold: 'data/eval/dev/annotations',
    traps: 'data/eval/dev/traps.yaml',
  },
  {
    name: 'heldout',
    raw: 'data/eval/heldout/raw',
    gold: 'data/eval/heldout/annotations',
    traps: 'data/eval/heldout/traps.yaml',
  },
] as const;
const TrapsSchema = z.record(z.string(), z.array(z.string()));
const pct = (x: number) => x.toFixed(2);
let failed = false;

function evaluateSet(set: (typeof SETS)[number]) {
  const dir = join(ROOT, set.raw);
  if (!existsSync(dir)) return;
  const traps = existsSync(join(ROOT, set.traps))
    ? TrapsSchema.parse(parse(readFileSync(join(ROOT, set.traps), 'utf8')) ?? {})
    : {};
  const ids = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => n.slice(0, -4))
    .sort();
  const totals = Object.fromEntries(FIELDS.map((f) => [f, emptyScore()])) as Scores;
  const trapped: string[] = [];
  console.log(`\n== ${set.name}: ${ids.length} articles ==`);
  for (const id of ids) {
    const raw = readFileSync(join(dir, `${id}.txt`), 'utf8');
    const root: unknown = parse(readFileSync(join(ROOT, set.gold, `${id}.yaml`), 'utf8'));
    const clean = normalizeArticle(raw).clean;
    const checked = checkAnnotation(root, id, {
      regions: lexicon.regions,
      sectorIds: new Set(lexicon.sectors.map((s) => s.id)),
      clean,
      named: regionsNamed(clean, lexicon),
      rawPath: join(set.raw, `${id}.txt`),
    });
    for (const p of checked.problems) {
      failed = true;
      console.log(`  gold ${id} › ${p.path.join('.')}: ${problemText('en', p)}`);
    }
    if (goldOnly) continue;
    const gold = checked.annotation ?? AnnotationSourceSchema.parse(root);
    const draft = ingestText(raw, id).annotation;
    const scores = compare(draft, gold, clean, lexicon.ancestors);
    for (const f of FIELDS) totals[f] = add(totals[f], scores[f]);
    const hit = draft.regions.filter((r) => traps[id]?.includes(r));
    trapped.push(...hit.map((r) => `${id}: ${r}`));
    const cell = (s: Score) => `${s.matched}/${s.drafted}/${s.curated}`.padEnd(10);
    // Held-out articles are scored in total only, so that no rule is written for one of them.
    if (set.name !== 'heldout')
      console.log(
        `  ${id.padEnd(28)}regions ${cell(scores.regions)}events ${cell(scores.events)}figures ${cell(scores.figureValues)}${hit.length ? `TRAPS ${hit.join(',')}` : ''}`,
      );
    if (verbose && set.name !== 'heldout') details(draft, gold);
  }
  if (goldOnly) return;
  console.log(`\n  ${'field'.padEnd(14)}precision  recall   matched  drafted  gold`);
  for (const f of FIELDS) {
    const s = totals[f];
    console.log(
      `  ${f.padEnd(14)}${pct(precision(s)).padEnd(11)}${pct(recall(s)).padEnd(9)}${String(s.matched).padEnd(9)}${String(s.drafted).padEnd(9)}${s.curated}`,
    );
  }
  console.log(
    `  boilerplate places drafted as regions: ${trapped.length === 0 ? 'none' : trapped.join('; ')}`,
  );
  if (set.name === 'heldout') targets(totals, trapped.length);
}

/** The held-out targets of issue 19. */
function targets(t: Scores, traps: number): void {
  const both = (f: Field, min: number) => precision(t[f]) >= min && recall(t[f]) >= min;
  const lines: [string, boolean][] = [
    ['regions precision and recall ≥ 0.95', both('regions', 0.95)],
    ['no boilerplate place drafted as a region', traps === 0],
    ['figure values precision and recall ≥ 0.95', both('figureValues', 0.95)],
    ['event dates precision and recall ≥ 0.9', both('eventDates', 0.9)],
  ];
  console.log('  targets:');
  for (const [what, ok] of lines) console.log(`    ${ok ? 'met   ' : 'MISSED'} ${what}`);
}

function details(draft: z.infer<typeof AnnotationSourceSchema>, gold: typeof draft): void {
  const diff = (d: readonly string[], g: readonly string[]) =>
    `+[${d.filter((x) => !g.includes(x)).join(',')}] -[${g.filter((x) => !d.includes(x)).join(',')}]`;
  console.log(
    `    regions ${diff(draft.regions, gold.regions)}  sectors ${diff(draft.sectors, gold.sectors)}`,
  );
  for (const e of draft.events)
    console.log(
      `    event ${e.type} ${e.date}${e.endDate ? `..${e.endDate}` : ''} @${e.venue ?? '-'} [${e.parties.join(',')}]${e.direction ? ` ${e.direction.from}>${e.direction.to}` : ''} ${e.quote.slice(0, 36)}`,
    );
  for (const e of gold.events)
    console.log(
      `    GOLD  ${e.type} ${e.date}${e.endDate ? `..${e.endDate}` : ''} @${e.venue ?? '-'} [${e.parties.join(',')}]${e.direction ? ` ${e.direction.from}>${e.direction.to}` : ''} ${e.quote.slice(0, 36)}`,
    );
  const figs = (a: typeof draft) => a.figures.map((f) => `${f.value}${f.unit}@${f.asOf}`);
  console.log(`    figures ${diff(figs(draft), figs(gold))}`);
}

for (const set of SETS) evaluateSet(set);
if (failed) {
  console.log('\ngold annotations have problems (above): fix them before trusting the scores');
  process.exitCode = 1;
}
