import { useMemo } from 'react';
import { useT } from '../i18n/useT';
import { useFilteredView } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { legendRows, type LegendRow } from './legend';

function Symbol({ row }: { row: LegendRow }) {
  if (row.kind === 'ramp') {
    return (
      <span
        className="embed-legend__ramp"
        style={{ background: `linear-gradient(to right, ${row.colours.join(', ')})` }}
      />
    );
  }
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      {row.kind === 'line' && (
        <path
          d="M2 11 Q14 1 26 11"
          fill="none"
          stroke={row.colour}
          strokeWidth="3.5"
          strokeLinecap="round"
        />
      )}
      {row.kind === 'arrow' && <path d="M24 7 L12 1.5 L12 12.5 Z" fill={row.colour} />}
      {row.kind === 'point' && (
        <circle cx="14" cy="7" r="5" fill={row.fill} stroke={row.stroke} strokeWidth="1.5" />
      )}
    </svg>
  );
}

/** The compact legend of the embedded atlas, in the map's colours for the current theme. */
export function EmbedLegend() {
  const { t, lang } = useT();
  const view = useFilteredView();
  const theme = useAtlasStore((s) => s.theme);
  const rows = useMemo(() => (view ? legendRows(view, lang, theme) : []), [view, lang, theme]);
  return (
    <section className="embed-legend embed-card" aria-label={t('legendTitle')}>
      <ul>
        {rows.map((row) => (
          <li key={row.kind}>
            <Symbol row={row} />
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
