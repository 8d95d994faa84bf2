/** The words of an annotation problem (`src/ingest/check/`) in a language. */
import type { CheckProblem } from '../ingest/check/problem';
import { translate } from './messages';

/** `check.<code>` with the problem's details filled in. */
export function problemText(lang: 'zh' | 'en', p: CheckProblem): string {
  return translate(lang, `check.${p.code}`, p.params);
}
