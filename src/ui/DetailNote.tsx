import type { LoadProblem } from '../domain/loadProblem';
import { loadProblemText } from '../i18n/loadProblem';
import { useT } from '../i18n/useT';

const KEYS = {
  quote: { loading: 'quoteLoading', missing: 'quoteMissing' },
  summary: { loading: 'summaryLoading', missing: 'summaryMissing' },
  text: { loading: 'textLoading', missing: 'textMissing' },
} as const;

/**
 * What stands in for a quote, summary or text that is not shown: loading, failed
 * (with why, in the UI's language) or not part of this atlas.
 */
export function DetailNote({
  what,
  loading,
  problem,
}: {
  what: keyof typeof KEYS;
  loading: boolean;
  problem: LoadProblem | null;
}) {
  const { t, lang } = useT();
  if (problem) {
    return (
      <p className="muted small" role="alert">
        {t('detailFailed')}: {loadProblemText(problem, lang).what}
      </p>
    );
  }
  return (
    <p className="muted small" aria-busy={loading}>
      {t(loading ? KEYS[what].loading : KEYS[what].missing)}
    </p>
  );
}
