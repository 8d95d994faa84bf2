import { memo } from 'react';
import type { YearSpan } from '../domain/dates';
import type { Timeline, TimelineBin } from '../domain/timeline';
import type { YearSlot } from '../domain/yearRange';
import { StackPatterns, type StackStyle } from '../ui/sectorStyle';

/** Height of the year labels under the bars. */
export const AXIS_HEIGHT = 15;

interface Props {
  timeline: Timeline;
  slots: readonly YearSlot[];
  styles: ReadonlyMap<string, StackStyle>;
  range: YearSpan;
  width: number;
  height: number;
  describe(bin: TimelineBin): string;
}

function binBox(bin: TimelineBin, slot: YearSlot): { x: number; w: number } {
  const slotW = slot.x1 - slot.x0;
  if (bin.month === null) {
    const w = Math.max(2, Math.min(slotW * 0.62, 36));
    return { x: slot.x0 + (slotW - w) / 2, w };
  }
  const sub = slotW / 13;
  const w = Math.max(1.5, sub * 0.72);
  return { x: slot.x0 + bin.month * sub + (sub - w) / 2, w };
}

function yearLabel(year: number, slotW: number): string | null {
  if (slotW >= 34) return String(year);
  if (slotW >= 26) return `’${String(year).slice(2)}`;
  return year % 2 === 0 ? `’${String(year).slice(2)}` : null;
}

/**
 * The stacked bars and the year axis, as an SVG. Bars outside the selected
 * range are faded; year-only events of an expanded year are drawn hatched-light
 * in month 0 (before January).
 */
export const TimelineBars = memo(function TimelineBars({
  timeline,
  slots,
  styles,
  range,
  width,
  height,
  describe,
}: Props) {
  const plotH = Math.max(10, height - AXIS_HEIGHT - 2);
  const unit = timeline.max > 0 ? plotH / timeline.max : 0;
  const slotOf = new Map(slots.map((s) => [s.year, s]));
  return (
    <svg className="tl-bars" width={width} height={height} aria-hidden="true">
      <StackPatterns styles={styles} />
      {slots.map((s) => (
        <g key={s.year}>
          {s.year !== slots[0]?.year && (
            <line className="tl-grid" x1={s.x0} x2={s.x0} y1={2} y2={plotH + 4} />
          )}
          <text className="tl-year" x={(s.x0 + s.x1) / 2} y={height - 3} textAnchor="middle">
            {yearLabel(s.year, s.x1 - s.x0)}
          </text>
        </g>
      ))}
      {timeline.bins.map((bin) => {
        const slot = slotOf.get(bin.year);
        if (!slot || bin.total === 0) return null;
        const { x, w } = binBox(bin, slot);
        const inRange = bin.year >= range[0] && bin.year <= range[1];
        let y = plotH + 2;
        return (
          <g
            key={bin.key}
            className={`tl-bin${inRange ? '' : ' tl-bin--out'}${bin.month === 0 ? ' tl-bin--undated' : ''}`}
          >
            <title>{describe(bin)}</title>
            {bin.segments.map((seg) => {
              const h = seg.count * unit;
              y -= h;
              return (
                <rect
                  key={seg.key}
                  x={x}
                  y={y}
                  width={w}
                  height={Math.max(0.5, h - 0.6)}
                  fill={`url(#${styles.get(seg.key)?.fillId ?? ''})`}
                />
              );
            })}
          </g>
        );
      })}
      <line className="tl-axis" x1={0} x2={width} y1={plotH + 2.5} y2={plotH + 2.5} />
    </svg>
  );
});
