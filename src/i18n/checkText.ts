/** The words of the ingester's answers in a language: annotation problems, refusals, failures. */
import type { CheckProblem } from '../ingest/check/problem';
import type { IngestError } from '../ingest/client';
import type { Refusal } from '../ingest/ingest';
import { translate } from './messages';

/**
 * `check.<code>` with the problem's details filled in. Numbers are written as they are (a line,
 * a record, the value to type), never as counts (8650000000, not "86.5亿" or "8.65 billion").
 */
export function problemText(lang: 'zh' | 'en', p: CheckProblem): string {
  const params = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, String(v)]));
  return translate(lang, `check.${p.code}`, params);
}

/** Why an input was not drafted, with what to do. */
export function refusalText(lang: 'zh' | 'en', r: Refusal): string {
  switch (r.reason) {
    case 'no-chinese':
      return translate(lang, 'ingest.refusal.no-chinese', { cjk: r.cjk, encoding: r.encoding });
    case 'too-large':
      return translate(lang, 'ingest.refusal.too-large', { mb: (r.bytes / 1048576).toFixed(1) });
    default:
      return translate(lang, `ingest.refusal.${r.reason}`);
  }
}

/** Why the worker could not draft (an {@link IngestError}), with what to do. */
export function failureText(lang: 'zh' | 'en', e: Pick<IngestError, 'reason' | 'message'>): string {
  return translate(lang, `ingest.failure.${e.reason}`, { detail: e.message });
}
