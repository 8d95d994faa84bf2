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

/** Above this many points a chart draws small plain dots and labels only its ends and peak. */
const DENSE = 12;
/** How far from either end (px) the peak must be for its label to fit between theirs. */
const PEAK_ROOM = 70;

/**
 * The points a chart labels: all of up to four; of a longer series the first, the last
 * and the highest (when it has room between them). Labelling each of 100 reports drew
 * an unreadable block of overlapping text at 10,000 articles.
 */
export function labelledPoints(xs: readonly number[], values: readonly number[]): Set<number> {
  const n = xs.length;
  if (n <= 4) return new Set(xs.keys());
  const peak = values.reduce((best, v, i) => (v > (values[best] ?? -Infinity) ? i : best), 0);
  const room = (i: number) =>
    Math.abs((xs[i] ?? 0) - (xs[0] ?? 0)) >= PEAK_ROOM &&
    Math.abs((xs[i] ?? 0) - (xs[n - 1] ?? 0)) >= PEAK_ROOM;
  return new Set(peak !== 0 && peak !== n - 1 && room(peak) ? [0, peak, n - 1] : [0, n - 1]);
}

/**
 * A small line chart of one metric reported more than once. The value axis
 * starts at zero, so 300,000 and 300,000+ read as level; a "more than" value
 * gets an upward caret, an "about" or "nearly" value a hollow dot. A long series
 * (over {@link DENSE} reports) draws small dots and labels its ends and its peak; the
 * list under the chart gives every value with its sentence.
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
  const xs = pts.map((p) => x(p.asOf));
  const path = pts
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${(xs[i] ?? 0).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const dense = pts.length > DENSE;
  const labelled = labelledPoints(
    xs,
    pts.map((p) => p.value),
  );
  return (
    <svg className="series-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line className="series-chart__axis" x1={0} x2={W} y1={H - PAD.bottom} y2={H - PAD.bottom} />
      <path className="series-chart__line" d={path} />
      {pts.map((p, i) => {
        const cx = xs[i] ?? 0;
        const cy = y(p.value);
        const anchor =
          i === 0 && pts.length > 1
            ? 'start'
            : i === pts.length - 1 && pts.length > 1
              ? 'end'
              : 'middle';
        const hollow = !dense && (p.qualifier === 'about' || p.qualifier === 'nearly');
        const caret = !dense && (p.qualifier === 'more-than' || p.qualifier === 'at-least');
        const key = `${p.article}#${p.id}`;
        if (!labelled.has(i)) {
          return dense ? (
            <circle key={key} className="series-chart__dot is-small" cx={cx} cy={cy} r={2} />
          ) : (
            <circle
              key={key}
              className={hollow ? 'series-chart__dot is-hollow' : 'series-chart__dot'}
              cx={cx}
              cy={cy}
              r={4}
            />
          );
        }
        return (
          <g key={key}>
            <circle
              className={hollow ? 'series-chart__dot is-hollow' : 'series-chart__dot'}
              cx={cx}
              cy={cy}
              r={dense ? 3 : 4}
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
