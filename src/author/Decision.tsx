import { useT } from '../i18n/useT';
import type { Decision as Choice } from './review';

/** Accept / reject buttons of one item (toggle buttons: pressed is the decision taken). */
export function Decision({
  name,
  decision,
  onDecide,
}: {
  name: string;
  decision: Choice;
  onDecide: (d: Choice) => void;
}) {
  const { t } = useT();
  return (
    <span
      className={`decision ${decision}`}
      role="group"
      aria-label={t('authorDecisionFor', { name })}
    >
      <button
        type="button"
        className="accept"
        aria-pressed={decision === 'accepted'}
        onClick={() => onDecide(decision === 'accepted' ? 'pending' : 'accepted')}
      >
        ✓ <span>{t('authorAccept')}</span>
      </button>
      <button
        type="button"
        className="reject"
        aria-pressed={decision === 'rejected'}
        onClick={() => onDecide(decision === 'rejected' ? 'pending' : 'rejected')}
      >
        ✕ <span>{t('authorReject')}</span>
      </button>
    </span>
  );
}

/** The extractor's confidence as a short percentage badge, or "added" for the user's own items. */
export function Confidence({ value }: { value: number | null }) {
  const { t } = useT();
  if (value === null) return <span className="confidence added">{t('authorAdded')}</span>;
  const level = value >= 0.8 ? 'high' : value >= 0.6 ? 'mid' : 'low';
  return (
    <span className={`confidence ${level}`} title={t('authorConfidence')}>
      {Math.round(value * 100)}%
    </span>
  );
}
