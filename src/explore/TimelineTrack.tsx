import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { YearSpan } from '../domain/dates';
import type { Timeline, TimelineBin } from '../domain/timeline';
import { moveRange, spanOf, yearAt, yearSlots, type YearSlot } from '../domain/yearRange';
import { formatYears } from '../domain/format';
import { useT } from '../i18n/useT';
import { brushKey, handleKey } from './brushKeys';
import type { StackStyle } from '../ui/sectorStyle';
import { TimelineBars } from './TimelineBars';
import { useElementWidth } from './useElementWidth';

type DragMode = 'create' | 'move' | 'from' | 'to';

interface Drag {
  readonly mode: DragMode;
  readonly anchor: number;
  readonly start: YearSpan;
  readonly slots: readonly YearSlot[];
  moved: boolean;
}

interface Props {
  timeline: Timeline;
  styles: ReadonlyMap<string, StackStyle>;
  /** The selected years (the whole domain when there is no year filter). */
  range: YearSpan;
  height: number;
  onChange(range: YearSpan): void;
  /** A drag starts (the layout freezes until it ends) or ends. */
  onDrag(active: boolean): void;
  describe(bin: TimelineBin): string;
}

function binAt(timeline: Timeline, slots: readonly YearSlot[], x: number): TimelineBin | null {
  const year = yearAt(slots, x);
  const slot = slots.find((s) => s.year === year);
  const bins = timeline.bins.filter((b) => b.year === year);
  if (!slot || bins.length === 0) return null;
  if (bins.length === 1) return bins[0] ?? null;
  const month = Math.min(12, Math.max(0, Math.floor(((x - slot.x0) / (slot.x1 - slot.x0)) * 13)));
  return bins.find((b) => b.month === month) ?? null;
}

/**
 * The bars with the year-range brush over them. Pointer: drag on the strip to
 * brush a new range, drag the brush to move it, drag its edges to resize it,
 * click a year to select it. Keyboard: see `brushKeys.ts`.
 */
export function TimelineTrack({
  timeline,
  styles,
  range,
  height,
  onChange,
  onDrag,
  describe,
}: Props) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const drag = useRef<Drag | null>(null);
  const [hover, setHover] = useState<{ x: number; text: string } | null>(null);
  const slots = yearSlots(timeline.domain, timeline.expanded, width);
  const { domain } = timeline;
  const isAll = range[0] <= domain[0] && range[1] >= domain[1];
  const x0 = slots.find((s) => s.year === range[0])?.x0 ?? 0;
  const x1 = slots.find((s) => s.year === range[1])?.x1 ?? width;
  const localX = (e: PointerEvent) => e.clientX - (ref.current?.getBoundingClientRect().left ?? 0);
  const change = (next: YearSpan) => {
    if (next[0] !== range[0] || next[1] !== range[1]) onChange(next);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const part =
      e.target instanceof Element
        ? e.target.closest('[data-part]')?.getAttribute('data-part')
        : null;
    const year = yearAt(slots, localX(e));
    const mode: DragMode =
      part === 'from' || part === 'to' ? part : part === 'body' && !isAll ? 'move' : 'create';
    drag.current = { mode, anchor: year, start: range, slots, moved: false };
    setHover(null);
    e.currentTarget.setPointerCapture(e.pointerId);
    onDrag(true);
    if (mode === 'create') change([year, year]);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    const x = localX(e);
    if (!d) {
      const bin = binAt(timeline, slots, x);
      setHover(bin ? { x, text: describe(bin) } : null);
      return;
    }
    const year = yearAt(d.slots, x);
    if (year !== d.anchor) d.moved = true;
    if (d.mode === 'create') change(spanOf(d.anchor, year, domain));
    else if (d.mode === 'move') change(moveRange(d.start, domain, year - d.anchor));
    else if (d.mode === 'from') change(spanOf(year, d.start[1], domain));
    else change(spanOf(d.start[0], year, domain));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    // A click inside the brush (no drag) selects the year clicked.
    if (d.mode === 'move' && !d.moved) change([d.anchor, d.anchor]);
    onDrag(false);
    e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onBrushKey = (e: KeyboardEvent) => {
    const next = brushKey(e.key, e.shiftKey, e.altKey, range, domain);
    if (!next) return;
    e.preventDefault();
    change(next);
  };
  const onHandleKey = (edge: 'from' | 'to') => (e: KeyboardEvent) => {
    const next = handleKey(e.key, edge, range, domain);
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    change(next);
  };
  const valueText = isAll
    ? t('exploreAllYears', { years: formatYears(domain) })
    : formatYears(range);

  return (
    <div
      ref={ref}
      className="tl-track"
      role="group"
      aria-label={t('exploreTimelineLabel')}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onPointerLeave={() => setHover(null)}
      style={{ height }}
    >
      {width > 0 && (
        <TimelineBars
          timeline={timeline}
          slots={slots}
          styles={styles}
          range={range}
          width={width}
          height={height}
          describe={describe}
        />
      )}
      <div
        className={`tl-brush${isAll ? ' tl-brush--all' : ''}`}
        data-part="body"
        role="slider"
        tabIndex={0}
        aria-label={t('exploreYearRange')}
        aria-valuemin={domain[0]}
        aria-valuemax={domain[1]}
        aria-valuenow={range[0]}
        aria-valuetext={valueText}
        aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight PageUp PageDown Home End Escape"
        title={t('exploreBrushHelp')}
        onKeyDown={onBrushKey}
        style={{ left: x0, width: Math.max(4, x1 - x0), height: height - 13 }}
      />
      {(['from', 'to'] as const).map((edge) => (
        <span
          key={edge}
          className={`tl-handle tl-handle--${edge}`}
          data-part={edge}
          role="slider"
          tabIndex={0}
          aria-label={t(edge === 'from' ? 'yearFrom' : 'yearTo')}
          aria-valuemin={domain[0]}
          aria-valuemax={domain[1]}
          aria-valuenow={edge === 'from' ? range[0] : range[1]}
          onKeyDown={onHandleKey(edge)}
          style={{ left: edge === 'from' ? x0 : x1, height: height - 13 }}
        />
      ))}
      {hover && (
        <div
          className="tl-tip"
          role="presentation"
          style={{ left: Math.max(90, Math.min(hover.x, width - 90)) }}
        >
          {hover.text}
        </div>
      )}
    </div>
  );
}
