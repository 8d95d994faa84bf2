import type { AtlasIndex } from '../domain/atlasIndex';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

/** A row's quote and the article it comes from (opens the reader at the quote). */
export function RowQuote({ quote }: { quote: string }) {
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
  quote,
}: {
  index: AtlasIndex;
  article: string;
  quote: string;
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
        openArticle({ id: article, quote });
      }}
    >
      {meta ? pick(meta.title) : article}
    </button>
  );
}
