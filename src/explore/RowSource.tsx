import type { AtlasIndex } from '../domain/atlasIndex';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useAtlasStore, type RecordRef } from '../state/store';
import { DetailNote } from '../ui/DetailNote';
import { quoteOf, type DetailsState } from '../ui/useArticleDetails';
import type { NarrowColumn } from './SortHeader';

/** A row's quote, from the details the table loaded for the rows it shows. */
export function RowQuote({
  details,
  article,
  record,
}: {
  details: DetailsState;
  article: string;
  record: RecordRef;
}) {
  const quote = quoteOf(details.details, article, record);
  if (quote === undefined) {
    return <DetailNote what="quote" loading={details.loading} problem={details.problem} />;
  }
  return (
    <blockquote className="row-quote" lang="zh-Hans" title={quote}>
      {quote}
    </blockquote>
  );
}

/** The article cell: its title as a button that opens it at the row's quote. */
export function RowArticle({
  index,
  article,
  record,
}: {
  index: AtlasIndex;
  article: string;
  record: RecordRef;
}) {
  const { pick, t } = useT();
  const openArticle = useAtlasStore((s) => s.openArticle);
  const meta = index.articleById.get(article);
  return (
    <button
      type="button"
      className="text-button row-article"
      title={t('openArticle')}
      onClick={(e) => {
        e.stopPropagation();
        openArticle({ id: article, quote: null, record });
      }}
    >
      {meta ? pick(meta.title) : article}
    </button>
  );
}

/**
 * The columns {@link RowMeta} shows under the title: in a narrow table their sort buttons go
 * into the title's header (`SortHeader` `narrow`).
 */
export function rowMetaSorts(t: (key: MessageKey) => string): NarrowColumn<'sector' | 'article'>[] {
  return [
    { column: 'sector', label: t('sectors') },
    { column: 'article', label: t('exploreColArticle') },
  ];
}

/**
 * A row's sectors and article as one line under its title, shown instead of their columns
 * where the table is too narrow for them (`table.css`).
 */
export function RowMeta({
  index,
  article,
  record,
  sectors,
}: {
  index: AtlasIndex;
  article: string;
  record: RecordRef;
  sectors: string;
}) {
  return (
    <p className="row-meta">
      {sectors ? <span>{sectors} · </span> : null}
      <RowArticle index={index} article={article} record={record} />
    </p>
  );
}
