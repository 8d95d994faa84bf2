import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useAtlasStore, type RecordRef } from '../state/store';
import { DetailNote } from './DetailNote';
import { quoteOf, useArticleDetails } from './useArticleDetails';

/**
 * The sentence a fact comes from, loaded from its article's detail when the
 * disclosure opens, with a button that opens the article at that sentence.
 */
export function SourceQuote({ article, record }: { article: string; record: RecordRef }) {
  const { t } = useT();
  const openArticle = useAtlasStore((s) => s.openArticle);
  const [open, setOpen] = useState(false);
  const { details, loading, problem } = useArticleDetails([article], open);
  const quote = quoteOf(details, article, record);
  return (
    <details className="source-quote" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('showQuote')}</summary>
      {quote !== undefined ? (
        <blockquote lang="zh-Hans">{quote}</blockquote>
      ) : (
        open && <DetailNote what="quote" loading={loading} problem={problem} />
      )}
      <button
        type="button"
        className="text-button"
        onClick={() => openArticle({ id: article, quote: null, record })}
      >
        {t('openArticle')}
      </button>
    </details>
  );
}
