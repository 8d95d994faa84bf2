import { formatDate } from '../domain/format';
import type { Article } from '../domain/schema';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { LocalArticleBadge, LocalArticleRemove } from './LocalArticleTag';
import { pageOf, ShowMore, usePaged } from './ShowMore';
import { Count } from './Count';

/** Articles with title, date, source and summary; each opens in the reader. */
export function ArticleList({ articles }: { articles: readonly Article[] }) {
  const { t, pick, lang } = useT();
  const openArticle = useAtlasStore((s) => s.openArticle);
  const paged = usePaged(articles);
  if (articles.length === 0) return null;
  return (
    <section className="section">
      <h3>
        {t('articles')} <Count n={articles.length} />
      </h3>
      <ul className="article-list">
        {pageOf(articles, paged).map((a) => (
          <li key={a.id} className="article-card">
            <h4>
              {pick(a.title)}
              {a.status === 'draft' && <span className="badge-unreviewed">{t('unreviewed')}</span>}
              <LocalArticleBadge id={a.id} />
            </h4>
            <p className="meta">
              {formatDate(a.published.slice(0, 10), lang)} · {pick(a.source)}
            </p>
            <p className="summary">{pick(a.summary)}</p>
            <button
              type="button"
              className="text-button"
              onClick={() => openArticle({ id: a.id, quote: null })}
            >
              {t('openArticle')}
            </button>
            <LocalArticleRemove article={a} />
          </li>
        ))}
      </ul>
      <ShowMore paged={paged} />
    </section>
  );
}
