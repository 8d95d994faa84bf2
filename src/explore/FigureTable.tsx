import { useMemo } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { formatDate, formatNames, formatValue } from '../domain/format';
import type { Figure } from '../domain/schema';
import { collatorFor, dateKey, sortRows, type SortKey, type SortState } from '../domain/tableSort';
import { sameTarget, targetOf, touchesTarget, type Target } from '../domain/targets';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { RowArticle, RowMeta, RowQuote, rowMetaSorts } from './RowSource';
import { SortHeader } from './SortHeader';
import { useArticleDetails } from '../ui/useArticleDetails';

/** The figure table's sortable columns. */
export type FigureColumn = 'date' | 'value' | 'metric' | 'regions' | 'sector' | 'article';

interface Props {
  index: AtlasIndex;
  figures: readonly Figure[];
  sort: SortState<FigureColumn>;
  onSort(column: FigureColumn): void;
  selection: Target | null;
  onSelect(target: Target | null): void;
  limit: number;
}

/** Figures as a table; values sort by unit, then number (yuan are not compared with people). */
export function FigureTable({ index, figures, sort, onSort, selection, onSelect, limit }: Props) {
  const { t, pick, lang } = useT();
  const name = (id: string) => {
    const r = index.regionById.get(id);
    return r ? pick(r.name) : id;
  };
  const sector = (id: string) => {
    const s = index.sectorById.get(id);
    return s ? pick(s.name) : id;
  };
  const rows = useMemo(() => {
    const keyOf: Record<FigureColumn, (f: Figure) => SortKey> = {
      date: (f) => [dateKey(f.asOf)],
      value: (f) => [f.unit, f.value],
      metric: (f) => [pick(f.metric)],
      regions: (f) => f.regions.map((id) => index.regionById.get(id)?.name[lang] ?? id),
      sector: (f) => [f.sectors.map((id) => index.sectorById.get(id)?.name[lang] ?? id).join()],
      article: (f) => [pick(index.articleById.get(f.article)?.title ?? { zh: '', en: '' })],
    };
    return sortRows(figures, keyOf[sort.key], sort.dir, collatorFor(lang));
  }, [figures, sort, lang, pick, index]);
  const shown = rows.slice(0, limit);
  // The quotes of the rows shown: one or two detail files for rows close in time.
  const details = useArticleDetails([...new Set(shown.map((r) => r.article))]);
  const narrow = rowMetaSorts(t);
  const head = (column: FigureColumn, label: MessageKey) => (
    <SortHeader
      column={column}
      label={t(label)}
      sort={sort}
      onSort={onSort}
      className={`col-${column}`}
      narrow={column === 'metric' ? narrow : undefined}
    />
  );
  return (
    <table className="data-table">
      <caption className="visually-hidden">
        {t('exploreFiguresCaption', { n: figures.length })}
      </caption>
      <thead>
        <tr>
          {head('date', 'asOf')}
          {head('value', 'exploreColValue')}
          {head('metric', 'exploreColMetric')}
          {head('regions', 'regions')}
          {head('sector', 'sectors')}
          {head('article', 'exploreColArticle')}
        </tr>
      </thead>
      <tbody>
        {shown.map((f) => {
          const target = targetOf(index, f.regions);
          const related = touchesTarget(index, f.regions, selection);
          const exact = sameTarget(target, selection);
          return (
            <tr
              key={`${f.article}#${f.id}`}
              className={exact ? 'is-selected' : related ? 'is-related' : undefined}
              aria-selected={related}
              onClick={() => onSelect(target)}
            >
              <td className="col-date">
                <time>{formatDate(f.asOf, lang)}</time>
              </td>
              <td className="col-value">{formatValue(f.value, f.unit, f.qualifier, lang)}</td>
              <td className="col-metric">
                <button
                  type="button"
                  className="row-select"
                  onClick={(ev) => {
                    ev.stopPropagation();
                    onSelect(target);
                  }}
                >
                  {pick(f.metric)}
                </button>
                <RowQuote
                  details={details}
                  article={f.article}
                  record={{ kind: 'figure', id: f.id }}
                />
                <RowMeta
                  index={index}
                  article={f.article}
                  record={{ kind: 'figure', id: f.id }}
                  sectors={formatNames(f.sectors.map(sector), lang)}
                />
              </td>
              <td className="col-regions">{formatNames(f.regions.map(name), lang)}</td>
              <td className="col-sector">{formatNames(f.sectors.map(sector), lang)}</td>
              <td className="col-article">
                <RowArticle
                  index={index}
                  article={f.article}
                  record={{ kind: 'figure', id: f.id }}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
