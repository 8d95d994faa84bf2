import { useMemo, useState } from 'react';
import './legend.css';
import { stackOrder } from '../domain/timeline';
import { useT } from '../i18n/useT';
import { PALETTE as C } from '../mapmodel/palette';
import { useFilteredView, useIndex } from '../state/derived';
import { stackLabel, stackStyles, StackSwatch } from './sectorStyle';

// The sizes the map draws at zoom 5 and above, sampled from `arcWidth` and
// `pointRadius` in src/map/expressions.ts (events → pixels).
const ARC_SAMPLES = [
  [1, 1.5],
  [3, 3],
  [12, 7],
] as const;
const POINT_SAMPLES = [
  [1, 4],
  [4, 6],
  [10, 8.5],
] as const;

function Ramp({ colours }: { colours: readonly string[] }) {
  return (
    <span
      className="legend-ramp"
      aria-hidden="true"
      style={{ background: `linear-gradient(to right, ${colours.join(', ')})` }}
    />
  );
}

/** The map's key, in the current language and in the map's own colours; open by default on large screens. */
export function Legend() {
  const { t, pick } = useT();
  const index = useIndex();
  const view = useFilteredView();
  const styles = useMemo(() => (index ? stackStyles(stackOrder(index)) : null), [index]);
  const most = useMemo(() => (view ? Math.max(0, ...view.activity.values()) : 0), [view]);
  const [open] = useState(() => window.innerWidth >= 1600 && window.innerHeight >= 900);
  if (!index || !styles) return null;
  return (
    <details className="legend" open={open}>
      <summary>{t('exploreLegend')}</summary>
      <div className="legend__body">
        <h3>{t('exploreLegendRegions')}</h3>
        <p className="legend__row">
          <Ramp colours={[C.land, ...C.provinceActivity]} />
          <span>{t('exploreLegendProvinceFill')}</span>
        </p>
        <p className="legend__row">
          <Ramp colours={C.regionActivity} />
          <span>{t('exploreLegendRegionFill')}</span>
        </p>
        <p className="legend__note">{t('exploreLegendFillScale', { n: most })}</p>
        <p className="legend__row">
          <svg width="46" height="20" aria-hidden="true">
            {POINT_SAMPLES.map(([, r], i) => (
              <circle
                key={r}
                cx={6 + i * 15}
                cy={10}
                r={r * 0.8}
                fill={C.point}
                stroke={C.pointStroke}
                strokeWidth={1.2}
              />
            ))}
          </svg>
          <span>
            {t('exploreLegendPoints', { list: POINT_SAMPLES.map(([n]) => n).join(' / ') })}
          </span>
        </p>
        <p className="legend__row">
          <svg width="46" height="14" aria-hidden="true">
            <rect
              x="1"
              y="1"
              width="44"
              height="12"
              fill={C.land}
              stroke={C.selected}
              strokeWidth="2.2"
            />
          </svg>
          <span>{t('exploreLegendSelected')}</span>
        </p>
        <h3>{t('exploreLegendLinks')}</h3>
        <p className="legend__row">
          <svg width="46" height="22" aria-hidden="true">
            {ARC_SAMPLES.map(([, w], i) => (
              <line
                key={w}
                x1={2}
                x2={44}
                y1={4 + i * 7}
                y2={4 + i * 7}
                stroke={C.arc}
                strokeWidth={w}
                strokeLinecap="round"
              />
            ))}
          </svg>
          <span>
            {t('exploreLegendArcWidth', { list: ARC_SAMPLES.map(([n]) => n).join(' / ') })}
          </span>
        </p>
        <p className="legend__row">
          <svg width="46" height="12" aria-hidden="true">
            <line
              x1={2}
              x2={44}
              y1={6}
              y2={6}
              stroke={C.arcStrong}
              strokeWidth={4}
              strokeLinecap="round"
            />
          </svg>
          <span>{t('exploreLegendArcSelected')}</span>
        </p>
        <p className="legend__row">
          <svg width="46" height="14" aria-hidden="true">
            <line x1={2} x2={38} y1={7} y2={7} stroke={C.arc} strokeWidth={2.5} />
            <path d="M44 7 L35 2.5 L35 11.5 Z" fill={C.arc} />
          </svg>
          <span>{t('exploreLegendArrow')}</span>
        </p>
        <p className="legend__row">
          <svg width="46" height="8" aria-hidden="true">
            <line
              x1={1}
              x2={45}
              y1={4}
              y2={4}
              stroke={C.boundaryLine}
              strokeWidth={1.2}
              strokeDasharray="5 2.5"
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
