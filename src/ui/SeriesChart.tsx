import type { Lang } from '../domain/format';
import { formatDate, formatValue } from '../domain/format';
import type { FigureSeries } from '../domain/series';

const W = 260;
const H = 92;
const PAD = { left: 10, right: 10, top: 22, bottom: 18 };

/** A date as a fractional year (2016-09-27 → 2016.74), for the time axis. */
function when(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

/**
 * A small line chart of one metric reported more than once. The value axis
 * starts at zero, so 300,000 and 300,000+ read as level; a "more than" value
 * gets an upward caret, an "about" or "nearly" value a hollow dot.
 */
export function SeriesChart({
  series,
  lang,
  label,
}: {
  series: FigureSeries;
  lang: Lang;
  label: string;
}) {
  const pts = series.points;
  const t0 = Math.min(...pts.map((p) => when(p.asOf)));
  const t1 = Math.max(...pts.map((p) => when(p.asOf)));
  const vmax = Math.max(...pts.map((p) => p.value)) * 1.05 || 1;
  const x = (date: string) =>
    t1 === t0 ? W / 2 : PAD.left + ((when(date) - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / vmax) * (H - PAD.top - PAD.bottom);
  const path = pts
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.asOf).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  return (
    <svg className="series-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line className="series-chart__axis" x1={0} x2={W} y1={H - PAD.bottom} y2={H - PAD.bottom} />
      <path className="series-chart__line" d={path} />
      {pts.map((p, i) => {
        const cx = x(p.asOf);
        const cy = y(p.value);
        const anchor =
          i === 0 && pts.length > 1
            ? 'start'
            : i === pts.length - 1 && pts.length > 1
              ? 'end'
              : 'middle';
        const hollow = p.qualifier === 'about' || p.qualifier === 'nearly';
        const caret = p.qualifier === 'more-than' || p.qualifier === 'at-least';
        return (
          <g key={`${p.article}#${p.id}`}>
            <circle
              className={hollow ? 'series-chart__dot is-hollow' : 'series-chart__dot'}
              cx={cx}
              cy={cy}
              r={4}
            />
            {caret && (
              <path className="series-chart__caret" d={`M${cx - 4},${cy - 7} l4,-4 l4,4`} />
            )}
            <text
              className="series-chart__value"
              x={cx}
              y={cy - (caret ? 14 : 8)}
              textAnchor={anchor}
            >
              {formatValue(p.value, p.unit, p.qualifier, lang)}
            </text>
            <text className="series-chart__date" x={cx} y={H - 4} textAnchor={anchor}>
              {formatDate(p.asOf.slice(0, 7), lang)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
