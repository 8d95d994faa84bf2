import { formatDate, formatValue } from '../domain/format';
import type { Figure } from '../domain/schema';
import { useT } from '../i18n/useT';
import { Confidence } from './Confidence';
import { pageOf, ShowMore, usePaged } from './ShowMore';
import { SourceQuote } from './SourceQuote';
import { Count } from './Count';

/** Statistics formatted for people, qualifiers kept, each traceable to its quote. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  const { t, pick, lang } = useT();
  const paged = usePaged(figures);
  if (figures.length === 0) return null;
  return (
    <section className="section">
      <h3>
        {t('figures')} <Count n={figures.length} />
      </h3>
      <ul className="figure-list">
        {pageOf(figures, paged).map((f) => (
          <li key={`${f.article}#${f.id}`} className="figure">
            <p className="figure-value">{formatValue(f.value, f.unit, f.qualifier, lang)}</p>
            <p className="figure-metric">
              {pick(f.metric)}{' '}
              <span className="meta">
                ({t('asOf')} {formatDate(f.asOf, lang)})
              </span>
            </p>
            <Confidence value={f.confidence} />
            <SourceQuote article={f.article} record={{ kind: 'figure', id: f.id }} />
          </li>
        ))}
      </ul>
      <ShowMore paged={paged} />
    </section>
  );
}
