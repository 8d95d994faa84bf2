import { useEffect, useMemo, useRef, useState } from 'react';
import { filterSummary } from '../ui/summary';
import { nextSort, type SortState } from '../domain/tableSort';
import { touchesTarget, type Target } from '../domain/targets';
import { useT } from '../i18n/useT';
import { useFilteredView, useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { ShowMore, usePaged } from '../ui/ShowMore';
import { EventTable, type EventColumn } from './EventTable';
import { FigureTable, type FigureColumn } from './FigureTable';
import './table.css';
import { Count } from '../ui/Count';

/** Rows drawn at first; the rest on request (a synthetic atlas can have thousands). */
const PAGE = 200;

/**
 * The table tab: the events or the figures that pass the filters, sortable,
 * each with its quote and article. Clicking a row selects what the map would
 * (the region, or the link); rows of the current selection are highlighted.
 */
export default function TableView() {
  const { t, lang } = useT();
  const index = useIndex();
  const view = useFilteredView();
  const selection = useAtlasStore((s) => s.selection);
  const select = useAtlasStore((s) => s.select);
  const [kind, setKind] = useState<'events' | 'figures'>('events');
  const [onlySelection, setOnlySelection] = useState(false);
  const [eventSort, setEventSort] = useState<SortState<EventColumn>>({ key: 'date', dir: 'asc' });
  const [figureSort, setFigureSort] = useState<SortState<FigureColumn>>({
    key: 'date',
    dir: 'asc',
  });
  const body = useRef<HTMLDivElement>(null);
  const target = useMemo(
    (): Target | null =>
      selection?.kind === 'flow'
        ? { kind: 'pair', a: selection.a.id, b: selection.b.id }
        : selection,
    [selection],
  );
  const events = useMemo(
    () =>
      view && index && onlySelection && target
        ? view.events.filter((e) => touchesTarget(index, e.parties, target))
        : (view?.events ?? []),
    [view, index, onlySelection, target],
  );
  const figures = useMemo(
    () =>
      view && index && onlySelection && target
        ? view.figures.filter((f) => touchesTarget(index, f.regions, target))
        : (view?.figures ?? []),
    [view, index, onlySelection, target],
  );
  // A table fills its view with rows: its whole page is drawn at once.
  const paged = usePaged(kind === 'events' ? events : figures, PAGE, PAGE);
  useEffect(() => {
    body.current
      ?.querySelector('tr.is-selected, tr.is-related')
      ?.scrollIntoView({ block: 'nearest' });
  }, [selection, kind]);
  if (!index || !view) return null;
  return (
    <div className="table-view">
      <div className="table-view__bar">
        <div className="segmented" role="group" aria-label={t('exploreTableKind')}>
          <button type="button" aria-pressed={kind === 'events'} onClick={() => setKind('events')}>
            {t('events')} <Count n={events.length} />
          </button>
          <button
            type="button"
            aria-pressed={kind === 'figures'}
            onClick={() => setKind('figures')}
          >
            {t('figures')} <Count n={figures.length} />
          </button>
        </div>
        <p className="table-view__scope">{filterSummary(index, view.filters, lang)}</p>
        <label className="table-view__only">
          <input
            type="checkbox"
            checked={onlySelection}
            disabled={!selection}
            onChange={(e) => setOnlySelection(e.target.checked)}
          />
          {t('exploreOnlySelection')}
        </label>
      </div>
      <div className="table-view__body" ref={body}>
        {(kind === 'events' ? events : figures).length === 0 ? (
          <p className="muted">{t('noResults')}</p>
        ) : kind === 'events' ? (
          <EventTable
            index={index}
            events={events}
            sort={eventSort}
            onSort={(c) => setEventSort((s) => nextSort(s, c))}
            selection={target}
            onSelect={select}
            limit={paged.limit}
          />
        ) : (
          <FigureTable
            index={index}
            figures={figures}
            sort={figureSort}
            onSort={(c) => setFigureSort((s) => nextSort(s, c))}
            selection={target}
            onSelect={select}
            limit={paged.limit}
          />
        )}
        <ShowMore paged={paged} step={PAGE} />
      </div>
    </div>
  );
}
