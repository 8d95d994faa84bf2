import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

/** The sentence a fact comes from, with a link that opens the article at that sentence. */
export function SourceQuote({ article, quote }: { article: string; quote: string }) {
  const { t } = useT();
  const openArticle = useAtlasStore((s) => s.openArticle);
  return (
    <details className="source-quote">
      <summary>{t('showQuote')}</summary>
      <blockquote lang="zh-Hans">{quote}</blockquote>
      <button
        type="button"
        className="text-button"
        onClick={() => openArticle({ id: article, quote })}
      >
        {t('openArticle')}
      </button>
    </details>
  );
}
