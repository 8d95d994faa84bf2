import type { AtlasIndex } from '../domain/atlasIndex';
import { useT } from '../i18n/useT';
import type { Control } from './Field';
import { PlacePicker } from './PlacePicker';

/** A list of places (an event's parties, a figure's regions): chips to remove, a picker to add. */
export function PlacesField({
  index,
  control,
  label,
  value,
  onChange,
}: {
  index: AtlasIndex;
  control: Control;
  label: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t, pick } = useT();
  return (
    <div className="places-field">
      {value.length > 0 && (
        <ul className="chips" aria-label={label}>
          {value.map((id) => {
            const region = index.regionById.get(id);
            const name = region ? pick(region.name) : id;
            return (
              <li key={id} className={region ? 'chip' : 'chip unknown'}>
                {name}
                <button
                  type="button"
                  aria-label={t('authorRemoveNamed', { name })}
                  onClick={() => onChange(value.filter((x) => x !== id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <PlacePicker
        index={index}
        id={control.id}
        label={t('authorAddTo', { label })}
        describedBy={control['aria-describedby']}
        onPick={(r) => !value.includes(r.id) && onChange([...value, r.id])}
      />
    </div>
  );
}

/** Sectors from the taxonomy: chips to remove, a list to add from. */
export function SectorsField({
  index,
  control,
  label,
  value,
  onChange,
}: {
  index: AtlasIndex;
  control: Control;
  label: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t, pick } = useT();
  const rest = index.atlas.sectors.filter((s) => !value.includes(s.id));
  return (
    <div className="places-field">
      {value.length > 0 && (
        <ul className="chips" aria-label={label}>
          {value.map((id) => {
            const sector = index.sectorById.get(id);
            const name = sector ? pick(sector.name) : id;
            return (
              <li key={id} className="chip sector">
                {name}
                <button
                  type="button"
                  aria-label={t('authorRemoveNamed', { name })}
                  onClick={() => onChange(value.filter((x) => x !== id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <select
        {...control}
        aria-label={t('authorAddTo', { label })}
        value=""
        onChange={(e) => e.target.value && onChange([...value, e.target.value])}
      >
        <option value="">{t('authorAddSector')}</option>
        {rest.map((s) => (
          <option key={s.id} value={s.id}>
            {pick(s.name)}
          </option>
        ))}
      </select>
    </div>
  );
}
