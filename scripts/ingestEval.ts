/**
 * `npm run ingest:eval`: drafts the five seed articles of `data/raw/` in memory and
 * compares them with their curated annotations (`data/annotations/<id>.yaml`), printing
 * precision and recall per measure. How items are matched is documented in
 * `scripts/ingest/evaluate.ts`. Nothing is written.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AnnotationSourceSchema } from '../src/domain/schema';
import type { Score } from './ingest/evaluate';
import { add, compare, emptyScore, precision, recall } from './ingest/evaluate';
import { ingestText } from './ingest/ingestText';
import { ROOT } from './geo/sources';

const verbose = process.argv.includes('--verbose');
const measures = ['dates', 'regions', 'figures', 'events'] as const;
const totals: Record<(typeof measures)[number], Score> = {
  dates: emptyScore(),
  regions: emptyScore(),
  figures: emptyScore(),
  events: emptyScore(),
};
const ids = readdirSync(join(ROOT, 'data/raw'))
  .filter((n) => n.endsWith('.txt'))
  .map((n) => n.slice(0, -4))
  .sort();
const pct = (x: number) => x.toFixed(2);

console.log(`article                  ${measures.map((m) => m.padEnd(14)).join('')}`);
for (const id of ids) {
  const goldPath = join(ROOT, 'data/annotations', `${id}.yaml`);
  const gold = AnnotationSourceSchema.parse(parse(readFileSync(goldPath, 'utf8')));
  const draft = ingestText(readFileSync(join(ROOT, 'data/raw', `${id}.txt`), 'utf8'), id);
  const scores = compare(draft.annotation, gold, draft.clean);
  for (const m of measures) totals[m] = add(totals[m], scores[m]);
  console.log(
    `${id.padEnd(25)}${measures.map((m) => `${scores[m].matched}/${scores[m].drafted}/${scores[m].curated}`.padEnd(14)).join('')}`,
  );
  if (verbose) {
    console.log(
      `  published ${draft.annotation.published} vs ${gold.published}; regions ${draft.annotation.regions.join(',')}`,
    );
    for (const e of draft.annotation.events)
      console.log(
        `  event ${e.type} ${e.date}${e.endDate ? `..${e.endDate}` : ''} @${e.venue ?? '-'} [${e.parties.join(',')}] ${e.quote.slice(0, 40)}`,
      );
  }
}
console.log('\n(matched/drafted/curated per article)\n');
console.log('measure   precision  recall   matched  drafted  curated');
for (const m of measures) {
  const s = totals[m];
  console.log(
    `${m.padEnd(10)}${pct(precision(s)).padEnd(11)}${pct(recall(s)).padEnd(9)}${String(s.matched).padEnd(9)}${String(s.drafted).padEnd(9)}${s.curated}`,
  );
}
