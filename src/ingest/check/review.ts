/**
 * What a reviewer must see before the atlas takes an article: a draft (its `status`, or
 * the `extraction` block `npm run ingest` writes) and English text a draft left as
 * `[untranslated] …`. Each is a problem that stops `npm run data`.
 */
import { UNTRANSLATED } from '../../domain/extract/labels';
import type { AnnotationSource } from '../../domain/schema';
import type { CheckProblem } from './problem';
import { problemAt } from './problem';

const MARK = UNTRANSLATED.trim();

/** The review problems of a parsed annotation. */
export function checkReviewed(n: AnnotationSource): CheckProblem[] {
  const out: CheckProblem[] = [];
  if (n.status === 'draft') out.push(problemAt(['status'], 'isDraft'));
  if (n.extraction !== undefined) out.push(problemAt(['extraction'], 'extractionBlock'));
  const english: [(string | number)[], string][] = [
    [['title', 'en'], n.title.en],
    [['source', 'en'], n.source.en],
    [['summary', 'en'], n.summary.en],
    ...n.events.map((e, i): [(string | number)[], string] => [
      ['events', i, 'title', 'en'],
      e.title.en,
    ]),
    ...n.figures.map((f, i): [(string | number)[], string] => [
      ['figures', i, 'metric', 'en'],
      f.metric.en,
    ]),
  ];
  for (const [path, text] of english)
    if (text.includes(MARK)) out.push(problemAt(path, 'untranslated'));
  return out;
}
