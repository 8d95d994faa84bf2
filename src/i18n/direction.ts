/** The words of a direction: the article's own term (`东西部协作`, `帮扶` …), or 对口支援. */
import type { DirectionTerm } from '../domain/schema';
import type { MessageKey } from './messages';

/** The message key wording `{from} … {to}` for a direction's term. */
export function directionKey(term: DirectionTerm | undefined): MessageKey {
  return term === undefined || term === 'paired-assistance' ? 'direction' : `direction.${term}`;
}
