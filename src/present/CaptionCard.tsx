import { forwardRef } from 'react';
import { formatDate, formatDateSpan, formatNames, formatValue } from '../domain/format';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import type { PresentStep } from '../domain/presentStep';

/**
 * The step's card: date and type, title, caption or parties, one key figure, the source.
 * With `keys=host` the deck steps (and gets the keys): the card shows where it is, no controls.
 */
export const CaptionCard = forwardRef<
  HTMLElement,
  {
    step: PresentStep;
    position: number;
    total: number;
    onCommand: (command: 'next' | 'previous' | 'exit' | 'fullscreen') => void;
  }
>(function CaptionCard({ step, position, total, onCommand }, ref) {
  const { t, pick, lang } = useT();
  const index = useIndex();
  const name = (id: string) => index?.regionById.get(id)?.name[lang] ?? id;
  const typeKey: MessageKey | null = step.type ? `eventType_${step.type}` : null;
  const eyebrow = [
    typeKey ? t(typeKey) : null,
    step.date ? formatDateSpan(step.date, step.endDate ?? undefined, lang) : null,
  ].filter(Boolean);
  const { figure, article } = step;
  const hostDriven = useAtlasStore((s) => s.embed.hostKeys);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="present-card"
      aria-label={t('presentStepOf', { n: position, total })}
    >
      <div aria-live="polite" aria-atomic="true">
        {eyebrow.length > 0 && <p className="present-card__eyebrow">{eyebrow.join(' · ')}</p>}
        <h2 className="present-card__title">{pick(step.title)}</h2>
        {step.caption ? (
          <p className="present-card__caption">{pick(step.caption)}</p>
        ) : step.parties.length > 0 ? (
          <p className="present-card__caption">
            {t('presentParties', {
              parties: formatNames(step.parties.map(name), lang),
            })}
          </p>
        ) : null}
        {figure && (
          <p className="present-card__figure">
            <strong>{formatValue(figure.value, figure.unit, figure.qualifier, lang)}</strong>
            <span>
              {pick(figure.metric)} · {formatDate(figure.asOf, lang)}
            </span>
          </p>
        )}
        {article && (
          <p className="present-card__source">
            {t('presentSource', {
              source: `${pick(article.source)}《${pick(article.title)}》`,
              date: formatDate(article.published.slice(0, 10), lang),
            })}
          </p>
        )}
      </div>
      {hostDriven ? (
        <div className="present-card__controls">
          <span className="present-card__count">
            {position} / {total}
          </span>
        </div>
      ) : (
        <div className="present-card__controls">
          <button
            type="button"
            onClick={() => onCommand('previous')}
            disabled={position <= 1}
            aria-label={t('presentPrev')}
          >
            ‹
          </button>
          <span className="present-card__count">
            {position} / {total}
          </span>
          <button
            type="button"
            onClick={() => onCommand('next')}
            disabled={position >= total}
            aria-label={t('presentNext')}
          >
            ›
          </button>
          <span className="present-card__keys">{t('presentKeys')}</span>
          <button
            type="button"
            onClick={() => onCommand('fullscreen')}
            aria-label={t('presentFullscreen')}
            title={t('presentFullscreen')}
          >
            ⛶
          </button>
          <button
            type="button"
            onClick={() => onCommand('exit')}
            aria-label={t('presentExit')}
            title={t('presentExit')}
          >
            ✕
          </button>
        </div>
      )}
    </section>
  );
});
