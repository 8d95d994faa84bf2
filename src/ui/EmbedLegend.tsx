import { useT } from '../i18n/useT';
import { LegendSymbol } from './LegendSymbol';
import { useLegend } from './useLegend';

/** The compact legend of the embedded atlas: the same rows as the page's and the exports'. */
export function EmbedLegend() {
  const { t } = useT();
  const { rows } = useLegend();
  return (
    <section className="embed-legend embed-card" aria-label={t('legendTitle')}>
      <ul>
        {rows.map((row) => (
          <li key={row.kind}>
            <LegendSymbol row={row} />
            <span>
              {row.label}
              {row.kind === 'ramp' && (
                <span className="embed-legend__ends">
                  {' '}
                  {row.few}→{row.many}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
