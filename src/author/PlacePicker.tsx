import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { search } from '../domain/search';
import type { Region } from '../domain/schema';
import { useT } from '../i18n/useT';

/**
 * A place from the gazetteer, found by its Chinese or English name, its pinyin
 * (`rongchang`, `rong chang`) or a short form (川, 蓉): the atlas's search, regions only.
 * A WAI-ARIA combobox: ↑/↓ move, Enter picks, Esc clears.
 */
export function PlacePicker({
  index,
  id,
  label,
  onPick,
  describedBy,
}: {
  index: AtlasIndex;
  id?: string;
  label: string;
  onPick: (region: Region) => void;
  describedBy?: string;
}) {
  const { t, pick } = useT();
  const own = useId();
  const inputId = id ?? `${own}-input`;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(
    () =>
      search(index, query).flatMap((g) =>
        g.kind === 'region' ? g.hits.flatMap((h) => (h.kind === 'region' ? [h.region] : [])) : [],
      ),
    [index, query],
  );
  const open = query.trim() !== '' && hits.length > 0;
  const choose = (r: Region | undefined) => {
    if (!r) return;
    onPick(r);
    setQuery('');
    setActive(0);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && hits.length > 0) {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape') setQuery('');
  };
  const parent = (r: Region) => (r.parent ? index.regionById.get(r.parent) : undefined);
  return (
    <div className="place-picker">
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={`${own}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${own}-opt-${active}` : undefined}
        aria-describedby={describedBy}
        placeholder={t('authorPlaceSearch')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        autoComplete="off"
      />
      <ul id={`${own}-list`} role="listbox" aria-label={label} hidden={!open}>
        {hits.map((r, i) => (
          <li
            key={r.id}
            id={`${own}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(r)}
          >
            <span className="place-name">{pick(r.name)}</span>
            <span className="place-meta">
              {[parent(r) ? pick(parent(r)?.name ?? r.name) : '', r.id].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
