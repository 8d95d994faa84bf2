import { useMemo } from 'react';
import { sectorCountsInYears } from '../domain/aggregates';
import { isUnfiltered, NO_FILTERS } from '../domain/filters';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { SectorPicker } from './SectorPicker';
import './filters.css';

/** Year range and sector filters, and one control that clears them. */
export function Filters() {
  const { t } = useT();
  const index = useIndex();
  const filters = useAtlasStore((s) => s.filters);
  const setFilters = useAtlasStore((s) => s.setFilters);
  const counts = useMemo(
    () => (index ? sectorCountsInYears(index, filters.years) : null),
    [index, filters.years],
  );
  if (!index || !counts) return null;
  const [min, max] = index.years;
  const [from, to] = filters.years ?? index.years;
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const setYears = (a: number, b: number) => {
    const span: [number, number] = [Math.min(a, b), Math.max(a, b)];
    setFilters({ ...filters, years: span[0] === min && span[1] === max ? null : span });
  };
  return (
    <form className="filters" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="year-range">
        <legend>{t('years')}</legend>
        <select
          aria-label={t('yearFrom')}
          value={from}
          onChange={(e) => setYears(Number(e.target.value), to)}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <span aria-hidden="true">–</span>
        <select
          aria-label={t('yearTo')}
          value={to}
          onChange={(e) => setYears(from, Number(e.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </fieldset>
      <SectorPicker
        sectors={index.atlas.sectors}
        counts={counts}
        selected={filters.sectors}
        onChange={(sectors) => setFilters({ ...filters, sectors })}
      />
      <button
        type="button"
        className="clear-filters"
        disabled={isUnfiltered(filters)}
        onClick={() => setFilters(NO_FILTERS)}
      >
        {t('clearFilters')}
      </button>
    </form>
  );
}
