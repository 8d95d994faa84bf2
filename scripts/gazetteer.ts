/**
 * `npm run gazetteer` regenerates the generated part of `data/regions.yaml` (below the
 * marker line): every prefecture-level division of the MCA 2023 code list that the
 * curated part does not hold. The curated part is never touched. `--check` writes
 * nothing and fails when the file is stale. Run `npm run geo` afterwards for the points.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDivisions } from './geo/divisions';
import { GAZETTEER_FILE, GazetteerError, parseGazetteer } from './geo/gazetteer';
import { curatedPart, gazetteerText, generateEntries } from './geo/nationalGazetteer';
import { DIVISIONS_FILE, ROOT, rel } from './geo/sources';

const check = process.argv.includes('--check');
const file = join(ROOT, GAZETTEER_FILE);
try {
  const text = readFileSync(file, 'utf8');
  const curatedText = curatedPart(text);
  const divisions = parseDivisions(readFileSync(DIVISIONS_FILE, 'utf8'));
  const generated = generateEntries(parseGazetteer(curatedText), divisions);
  const next = gazetteerText(curatedText, generated);
  const summary = `${GAZETTEER_FILE}: ${generated.length} generated prefecture-level entries from ${rel(DIVISIONS_FILE)}`;
  if (next === text) console.log(`${summary}; up to date`);
  else if (check) {
    console.error(`${summary}; stale: run npm run gazetteer`);
    process.exitCode = 1;
  } else {
    writeFileSync(file, next);
    console.log(`${summary}; written (run npm run geo next)`);
  }
} catch (error) {
  const problems = error instanceof GazetteerError ? error.problems : [String(error)];
  console.error(`gazetteer failed; nothing written:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
