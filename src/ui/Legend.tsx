import { useMemo, useState } from 'react';
import './legend.css';
import { stackOrder } from '../domain/timeline';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { LegendSymbol } from './LegendSymbol';
import { stackLabel, stackStyles, StackSwatch } from './sectorStyle';
import { useLegend } from './useLegend';

/**
 * The map's key: the same rows as the embedded atlas's and the exports' (evaluated from the
 * maps' style, sized by what the map draws now, in its theme), then what only the page shows:
 * the selection, the standard map's boundary lines and the timeline's colours. Open by
 * default on large screens.
 */
export function Legend() {
  const { t, pick } = useT();
  const index = useIndex();
  const { rows, style } = useLegend();
  const styles = useMemo(() => (index ? stackStyles(stackOrder(index)) : null), [index]);
  const [open] = useState(() => window.innerWidth >= 1600 && window.innerHeight >= 900);
  if (!index || !styles) return null;
  return (
    <details className="legend" open={open}>
      <summary>{t('exploreLegend')}</summary>
      <div className="legend__body">
        {rows.map((row) => (
          <p className="legend__row" key={row.kind}>
            <LegendSymbol row={row} />
            <span>
              {row.label}
              {row.kind === 'ramp' ? ` (${row.few} → ${row.many})` : ''}
            </span>
          </p>
        ))}
        <p className="legend__row">
          <svg width="46" height="14" aria-hidden="true">
            <rect
              x="1"
              y="1"
              width="44"
              height="12"
              fill="none"
              stroke={style.selected.colour}
              strokeWidth={style.selected.width}
            />
          </svg>
          <span>{t('exploreLegendSelected')}</span>
        </p>
        <p className="legend__row">
          <svg width="46" height="12" aria-hidden="true">
            <line
              x1={3}
              x2={43}
              y1={6}
              y2={6}
              stroke={style.flowSelected.colour}
              strokeWidth={style.flowSelected.width}
              strokeLinecap="round"
            />
          </svg>
          <span>{t('exploreLegendArcSelected')}</span>
        </p>
        <p className="legend__row">
          <svg width="46" height="8" aria-hidden="true">
            <line
              x1={1}
              x2={45}
              y1={4}
              y2={4}
              stroke={style.boundary.colour}
              strokeWidth={style.boundary.width}
              strokeDasharray={style.boundary.dash}
            />
          </svg>
          <span>{t('exploreLegendBoundary')}</span>
        </p>
        <h3>{t('exploreLegendTimeline')}</h3>
        <ul className="legend__sectors">
          {[...styles.values()].map((s) => (
            <li key={s.key}>
              <StackSwatch style={s} />
              {stackLabel(s.key, (id) => index.sectorById.get(id)?.name, t, pick)}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
