import { useMemo } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { comparableRegions } from '../domain/compare';
import type { RegionId } from '../domain/schema';
import { useT } from '../i18n/useT';

// An ideographic space: places are indented under their province inside the optgroup.
const INDENT = String.fromCharCode(0x3000);

/** A region select for a side of the comparison: the atlas's regions grouped by province. */
export function RegionPicker({
  index,
  label,
  value,
  onChange,
  autoFocus,
}: {
  index: AtlasIndex;
  label: string;
  value: RegionId | null;
  onChange(id: RegionId | null): void;
  autoFocus?: boolean;
}) {
  const { t, pick } = useT();
  const groups = useMemo(() => {
    const byProvince = new Map<RegionId, RegionId[]>();
    for (const id of comparableRegions(index)) {
      const top = index.ancestors.get(id)?.at(-1) ?? id;
      byProvince.set(top, [...(byProvince.get(top) ?? []), id]);
    }
    return [...byProvince];
  }, [index]);
  const name = (id: RegionId) => {
    const r = index.regionById.get(id);
    return r ? pick(r.name) : id;
  };
  return (
    <label className="region-picker">
      <span className="region-picker__label">{label}</span>
      <select
        value={value ?? ''}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{t('exploreChooseRegion')}</option>
        {groups.map(([province, ids]) => (
          <optgroup key={province} label={name(province)}>
            {ids.map((id) => (
              <option key={id} value={id}>
                {id === province ? name(id) : INDENT + name(id)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
