import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/useT';
import { useFilteredView, useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { listCounts, listItems, searchItems } from './listItems';
import { RegionListRows } from './RegionListRows';
import { moveFocus } from './rovingFocus';
import './a11y.css';
import { Count } from '../ui/Count';

/** Id of the control the "skip to the list" link focuses: the search box, or the button that opens the list. */
export const LIST_ENTRY_ID = 'region-list-entry';

/**
 * The keyboard and screen-reader way through the map: every region and link the
 * map shows under the current filters, searchable; ↑/↓/Home/End move, Enter
 * selects, Esc clears the selection. Open by default when no map can be drawn
 * (without WebGL the SVG map stands in, so the layout stays as it is).
 */
export function RegionList() {
  const { t } = useT();
  const index = useIndex();
  const view = useFilteredView();
  const mapStatus = useAtlasStore((s) => s.mapStatus);
  const select = useAtlasStore((s) => s.select);
  const choice = useAtlasStore((s) => s.listOpen);
  const setChoice = useAtlasStore((s) => s.setListOpen);
  const [query, setQuery] = useState('');
  const open = choice ?? mapStatus === 'none';
  const listRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<'search' | 'toggle' | null>(null);
  // The rows only while the list is open (at 10,000 articles a few ms on every filter change).
  const items = useMemo(
    () => (open && index && view ? listItems(index, view) : null),
    [open, index, view],
  );
  const shown = useMemo(() => (items ? searchItems(items, query) : null), [items, query]);

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(LIST_ENTRY_ID)?.focus();
    focusNext.current = null;
  }, [open]);

  if (!index || !view) return null;
  const toggle = (next: boolean) => {
    focusNext.current = next ? 'search' : 'toggle';
    setChoice(next);
  };

  if (!open) {
    const rows = listCounts(index, view);
    return (
      <button
        type="button"
        id={LIST_ENTRY_ID}
        className="region-list-toggle"
        aria-expanded="false"
        onClick={() => toggle(true)}
      >
        <span aria-hidden="true">☰</span> {t('a11yListShow')}{' '}
        <Count n={rows.regions + rows.links} />
      </button>
    );
  }
  if (!shown) return null;

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      listRef.current?.querySelector<HTMLElement>('[data-item]')?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query !== '') setQuery('');
      else select(null);
    }
  };
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      select(null);
      return;
    }
    const list = listRef.current;
    if (!list) return;
    const moved = moveFocus(list, e.key);
    if (moved === 'before') document.getElementById(LIST_ENTRY_ID)?.focus();
    if (moved !== null) e.preventDefault();
  };
  const found = shown.regions.length + shown.links.length;

  return (
    <section id="region-list" className="region-list" aria-labelledby="region-list-title">
      <header className="region-list__head">
        <h2 id="region-list-title">{t('a11yListTitle')}</h2>
        <button
          type="button"
          className="text-button"
          aria-expanded="true"
          aria-controls="region-list"
          onClick={() => toggle(false)}
        >
          {t('a11yListHide')}
        </button>
      </header>
      <input
        id={LIST_ENTRY_ID}
        type="search"
        className="region-list__search"
        value={query}
        placeholder={t('a11ySearchPlaceholder')}
        aria-label={t('a11ySearch')}
        aria-describedby="region-list-help"
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onSearchKey}
      />
      <p id="region-list-help" className="region-list__help">
        {t('a11yListHelp')}
      </p>
      <p className="region-list__status" role="status">
        {query.trim() === ''
          ? ''
          : found === 0
            ? t('a11yNoMatches', { query: query.trim() })
            : t('a11yMatches', {
                regions: t('regionsCount', { n: shown.regions.length }),
                links: t('linksCount', { n: shown.links.length }),
              })}
      </p>
      <div className="region-list__body" ref={listRef} onKeyDown={onListKey}>
        <RegionListRows items={shown} />
      </div>
    </section>
  );
}
