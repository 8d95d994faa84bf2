/**
 * Loading the extractor's lexicon from the repository: the same gazetteer data that
 * `npm run data` writes for the browser (`public/data/gazetteer.json`), built in memory
 * from `data/regions.yaml`, `data/sectors.yaml` and the MCA 2023 code list.
 */
import type { Lexicon } from '../../src/domain/extract/lexicon';
import { lexiconOf } from '../../src/ingest/gazetteer';
import { ROOT } from '../geo/sources';
import { readGazetteer } from './gazetteerFile';

/** Reads the lexicon under `root` (the repository by default); throws naming the file on bad data. */
export function loadLexicon(root = ROOT): Lexicon {
  return lexiconOf(readGazetteer(root));
}
