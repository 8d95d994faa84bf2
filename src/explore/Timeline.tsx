import { useCallback, useMemo, useState } from 'react';
import type { YearSpan } from '../domain/dates';
import { formatYears } from '../domain/format';
import { buildTimeline, type TimelineBin } from '../domain/timeline';
import { toFilterYears } from '../domain/yearRange';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { PlayControls } from './PlayControls';
import { stackLabel, stackStyles } from '../ui/sectorStyle';
import { TimelineTrack } from './TimelineTrack';
import { usePlayback } from './usePlayback';
import './timeline.css';

/** Undefined: the layout follows the filter; otherwise the range it is frozen at. */
type Frozen = YearSpan | null | undefined;

/**
 * The strip under the map: events per year stacked by sector, the year-range
 * brush that sets the year filter, and play. While a drag or a play runs, the
 * layout stays as it was (expanding a short range into months would move the
 * years under the pointer).
 */
export function Timeline({ height }: { height: number }) {
  const { t, pick, lang } = useT();
  const index = useIndex();
  const filters = useAtlasStore((s) => s.filters);
  const playing = useAtlasStore((s) => s.playing);
  const [frozen, setFrozen] = useState<Frozen>(undefined);
  const domain = index?.years ?? ([0, 0] as const);
  usePlayback(domain);
  const layoutRange = playing ? null : frozen !== undefined ? frozen : filters.years;
  const timeline = useMemo(
    () => (index ? buildTimeline(index, filters.sectors, layoutRange) : null),
    [index, filters.sectors, layoutRange],
  );
  const styles = useMemo(() => stackStyles(timeline?.stack ?? []), [timeline?.stack]);
  const describe = useCallback(
    (bin: TimelineBin) => {
      const when =
        bin.month === null
          ? String(bin.year)
          : bin.month === 0
            ? t('exploreMonthUnknown', { year: bin.year })
            : lang === 'zh'
              ? `${bin.year}年${bin.month}月`
              : `${bin.month}/${bin.year}`;
      const parts = bin.segments.map(
        (s) => `${stackLabel(s.key, (id) => index?.sectorById.get(id)?.name, t, pick)} ${s.count}`,
      );
      return `${when}: ${t('eventsCount', { n: bin.total })}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
    },
    [t, pick, lang, index],
  );
  if (!index || !timeline) return null;
  const range = filters.years ?? index.years;
  const setRange = (next: YearSpan) => {
    const { filters: now, setFilters, setPlaying } = useAtlasStore.getState();
    setPlaying(false);
    setFilters({ ...now, years: toFilterYears(next, index.years) });
  };
  const onDrag = (active: boolean) => {
    if (active) useAtlasStore.getState().setPlaying(false);
    setFrozen(active ? useAtlasStore.getState().filters.years : undefined);
  };
  return (
    <section className="timeline" aria-label={t('exploreTimeline')} style={{ height }}>
      <PlayControls domain={index.years} label={formatYears(range)} />
      <TimelineTrack
        timeline={timeline}
        styles={styles}
        range={range}
        height={height - 12}
        onChange={setRange}
        onDrag={onDrag}
        describe={describe}
      />
    </section>
  );
}
