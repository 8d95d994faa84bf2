import { useT } from '../i18n/useT';
import type { Problem } from './check';
import { ITEM_KINDS, type Review } from './review';

/** The review's toolbar: what is left to do, and the actions (accept the rest, preview, save). */
export function ReviewBar({
  review,
  problems,
  canPreview,
  onStartOver,
  onAcceptPending,
  onNextProblem,
  onPreview,
  onSave,
  saving,
}: {
  review: Review;
  problems: readonly Problem[];
  canPreview: boolean;
  onStartOver: () => void;
  onAcceptPending: () => void;
  onNextProblem: () => void;
  onPreview: () => void;
  onSave: () => void;
  /** True while the full check runs. */
  saving: boolean;
}) {
  const { t } = useT();
  const decisions = ITEM_KINDS.flatMap((k) => review[k].map((i) => i.decision));
  const pending = decisions.filter((d) => d === 'pending').length;
  const accepted = decisions.filter((d) => d === 'accepted').length;
  const untranslated = problems.filter((p) => p.code === 'untranslated').length;
  const other = problems.length - pending - untranslated;
  return (
    <div className="author-bar">
      <button type="button" className="text-button" onClick={onStartOver}>
        ← {t('authorStartOver')}
      </button>
      <p className="author-progress" role="status" aria-live="polite">
        <span>{t('authorAcceptedCount', { n: accepted })}</span>
        {pending > 0 && <span className="todo">{t('authorPendingCount', { n: pending })}</span>}
        {untranslated > 0 && (
          <span className="todo">{t('authorUntranslatedCount', { n: untranslated })}</span>
        )}
        {other > 0 && <span className="error">{t('authorProblemCount', { n: other })}</span>}
        {problems.length === 0 && <span className="ready">{t('authorReady')}</span>}
      </p>
      <div className="author-bar__actions">
        <button type="button" onClick={onAcceptPending} disabled={pending === 0}>
          {t('authorAcceptPending')}
        </button>
        <button type="button" onClick={onNextProblem} disabled={problems.length === 0}>
          {t('authorNextProblem')}
        </button>
        <button type="button" onClick={onPreview} disabled={!canPreview}>
          {t('authorPreview')}
        </button>
        <button type="button" className="author-primary" onClick={onSave} disabled={saving}>
          {saving ? t('authorChecking') : t('authorSave')}
        </button>
      </div>
    </div>
  );
}
