import { useState } from 'react';
import type { Sector, SectorId } from '../domain/schema';
import { formatNames } from '../domain/format';
import { useT } from '../i18n/useT';
import { Count } from '../ui/Count';

interface Props {
  sectors: readonly Sector[];
  counts: ReadonlyMap<SectorId, number>;
  selected: readonly SectorId[];
  onChange(sectors: SectorId[]): void;
}

/**
 * A multi-select of sectors with event counts; sectors without events are listed last.
 * The options are drawn only while it is open: closed, a filter change would re-sort and
 * re-count every option for nothing.
 */
export function SectorPicker({ sectors, counts, selected, onChange }: Props) {
  const { t, pick, lang } = useT();
  const [open, setOpen] = useState(false);
  const ordered = [...sectors].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  const names = selected.map((id) =>
    pick(sectors.find((s) => s.id === id)?.name ?? { zh: id, en: id }),
  );
  const all = names.length === 0 ? t('allSectors') : formatNames(names, lang);
  // The button keeps one width (see filters.css): a longer choice must not re-wrap the header and
  // move the map. It shows the first sector and how many more; its name lists them all.
  const [first = t('allSectors')] = names;
  const more = names.length - 1;
  const toggle = (id: SectorId) =>
    onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <details className="sector-picker" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="label">{t('sectors')}</span>{' '}
        <span className="value" title={all} aria-hidden="true">
          {first}
        </span>
        {more > 0 ? (
          <span className="more" aria-hidden="true">
            +{more}
          </span>
        ) : null}
        <span className="visually-hidden">{all}</span>
      </summary>
      {open && (
        <fieldset>
          <legend className="visually-hidden">{t('sectors')}</legend>
          {ordered.map((s) => {
            const n = counts.get(s.id) ?? 0;
            return (
              <label key={s.id} className={n === 0 ? 'empty' : undefined}>
                <input
                  type="checkbox"
                  name="sector"
                  value={s.id}
                  checked={selected.includes(s.id)}
                  onChange={() => toggle(s.id)}
                />
                <span>{pick(s.name)}</span>
                <Count n={n} />
              </label>
            );
          })}
        </fieldset>
      )}
    </details>
  );
}
