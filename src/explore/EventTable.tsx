import { Fragment, useMemo } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { dateSpanEnds, formatNames } from '../domain/format';
import type { AtlasEvent } from '../domain/schema';
import { collatorFor, dateKey, sortRows, type SortKey, type SortState } from '../domain/tableSort';
import { sameTarget, targetOf, touchesTarget, type Target } from '../domain/targets';
import type { MessageKey } from '../i18n/messages';
import { directionKey } from '../i18n/direction';
import { useT } from '../i18n/useT';
import { RowArticle, RowMeta, RowQuote, rowMetaSorts } from './RowSource';
import { SortHeader } from './SortHeader';
import { useArticleDetails } from '../ui/useArticleDetails';

/** The event table's sortable columns. */
export type EventColumn = 'date' | 'type' | 'title' | 'parties' | 'sector' | 'article';

interface Props {
  index: AtlasIndex;
  events: readonly AtlasEvent[];
  sort: SortState<EventColumn>;
  onSort(column: EventColumn): void;
  selection: Target | null;
  onSelect(target: Target | null): void;
  limit: number;
}

/** Events as a table: one row per event, its quote and article, selectable like the map. */
export function EventTable({ index, events, sort, onSort, selection, onSelect, limit }: Props) {
  const { t, pick, lang } = useT();
  const name = (id: string) => {
    const r = index.regionById.get(id);
    return r ? pick(r.name) : id;
  };
  const sector = (id: string) => {
    const s = index.sectorById.get(id);
    return s ? pick(s.name) : id;
  };
  const type = (e: AtlasEvent) => t(`eventType_${e.type}` as MessageKey);
  const rows = useMemo(() => {
    const keyOf: Record<EventColumn, (e: AtlasEvent) => SortKey> = {
      date: (e) => [dateKey(e.date)],
      type: (e) => [t(`eventType_${e.type}` as MessageKey)],
      title: (e) => [pick(e.title)],
      parties: (e) => e.parties.map((id) => index.regionById.get(id)?.name[lang] ?? id),
      sector: (e) => [e.sectors.map((id) => index.sectorById.get(id)?.name[lang] ?? id).join()],
      article: (e) => [pick(index.articleById.get(e.article)?.title ?? { zh: '', en: '' })],
    };
    return sortRows(events, keyOf[sort.key], sort.dir, collatorFor(lang));
  }, [events, sort, lang, t, pick, index]);
  const shown = rows.slice(0, limit);
  // The quotes of the rows shown: one or two detail files for rows close in time.
  const details = useArticleDetails([...new Set(shown.map((r) => r.article))]);
  const narrow = rowMetaSorts(t);
  const head = (column: EventColumn, label: MessageKey) => (
    <SortHeader
      column={column}
      label={t(label)}
      sort={sort}
      onSort={onSort}
      className={`col-${column}`}
      narrow={column === 'title' ? narrow : undefined}
    />
  );
  return (
    <table className="data-table">
      <caption className="visually-hidden">
        {t('exploreEventsCaption', { n: events.length })}
      </caption>
      <thead>
        <tr>
          {head('date', 'exploreColDate')}
          {head('type', 'exploreColType')}
          {head('title', 'exploreColEvent')}
          {head('parties', 'parties')}
          {head('sector', 'sectors')}
          {head('article', 'exploreColArticle')}
        </tr>
      </thead>
      <tbody>
        {shown.map((e) => {
          const target = targetOf(index, e.parties, e.direction);
          const related = touchesTarget(index, e.parties, selection);
          const exact = sameTarget(target, selection);
          return (
            <tr
              key={`${e.article}#${e.id}`}
              className={exact ? 'is-selected' : related ? 'is-related' : undefined}
              aria-selected={related}
              onClick={() => onSelect(target)}
            >
              <td className="col-date">
                {/* Each date whole; a span may break at its dash (a column of "13 Dec 2019 – 14 Dec 2019" was 170 px). */}
                {dateSpanEnds(e.date, e.endDate, lang).map((end, i) => (
                  <Fragment key={i}>
                    {i > 0 && ' – '}
                    <time>{end}</time>
                  </Fragment>
                ))}
              </td>
              <td className="col-type">{type(e)}</td>
              <td className="col-title">
                <button
                  type="button"
                  className="row-select"
                  onClick={(ev) => {
                    ev.stopPropagation();
                    onSelect(target);
                  }}
                >
                  {pick(e.title)}
                </button>
                <RowQuote
                  details={details}
                  article={e.article}
                  record={{ kind: 'event', id: e.id }}
                />
                <RowMeta
                  index={index}
                  article={e.article}
                  record={{ kind: 'event', id: e.id }}
                  sectors={formatNames(e.sectors.map(sector), lang)}
                />
              </td>
              <td className="col-parties">
                {e.direction
                  ? t(directionKey(e.direction.term), {
                      from: name(e.direction.from),
                      to: name(e.direction.to),
                    })
                  : formatNames(e.parties.map(name), lang)}
              </td>
              <td className="col-sector">{formatNames(e.sectors.map(sector), lang)}</td>
              <td className="col-article">
                <RowArticle
                  index={index}
                  article={e.article}
                  record={{ kind: 'event', id: e.id }}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
