import { memo } from 'react';
import { formatDate } from '../domain/format';
import type { LoadProblem } from '../domain/loadProblem';
import type { Article, Bilingual } from '../domain/schema';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { Count } from './Count';
import { DetailNote } from './DetailNote';
import {
  LocalArticleBadge,
  LocalArticleRemove,
  localTagOf,
  type LocalTag,
} from './LocalArticleTag';
import { pageOf, ShowMore, usePaged } from './ShowMore';
import { useArticleDetails } from './useArticleDetails';

/** Articles with title, date, source and summary; each opens in the reader. */
export function ArticleList({ articles }: { articles: readonly Article[] }) {
  const { t } = useT();
  const local = useAtlasStore((s) => s.localArticles);
  const paged = usePaged(articles);
  const shown = pageOf(articles, paged);
  const { details, loading, problem } = useArticleDetails(shown.map((a) => a.id));
  if (articles.length === 0) return null;
  return (
    <section className="section">
      <h3>
        {t('articles')} <Count n={articles.length} />
      </h3>
      <ul className="article-list">
        {shown.map((a) => {
          const summary = details.get(a.id)?.summary ?? null;
          const { tag, remove } = localTagOf(local, a.id);
          return (
            <ArticleCard
              key={a.id}
              article={a}
              summary={summary}
              // Only a row still waiting for its summary changes when the others arrive.
              loading={summary === null && loading}
              problem={summary === null ? problem : null}
              tag={tag}
              remove={remove}
            />
          );
        })}
      </ul>
      <ShowMore paged={paged} />
    </section>
  );
}

interface CardProps {
  article: Article;
  summary: Bilingual | null;
  loading: boolean;
  problem: LoadProblem | null;
  tag: LocalTag;
  remove: ((id: string) => void) | null;
}

/** One article of the list; drawn again only when its own props change (memo). */
const ArticleCard = memo(function ArticleCard({
  article: a,
  summary,
  loading,
  problem,
  tag,
  remove,
}: CardProps) {
  const { t, pick, lang } = useT();
  const openArticle = useAtlasStore((s) => s.openArticle);
  return (
    <li className="article-card">
      <h4>
        {pick(a.title)}
        {a.status === 'draft' && <span className="badge-unreviewed">{t('unreviewed')}</span>}
        <LocalArticleBadge tag={tag} />
      </h4>
      <p className="meta">
        {formatDate(a.published.slice(0, 10), lang)} · {pick(a.source)}
      </p>
      {summary ? (
        <p className="summary">{pick(summary)}</p>
      ) : (
        <DetailNote what="summary" loading={loading} problem={problem} />
      )}
      <button
        type="button"
        className="text-button"
        onClick={() => openArticle({ id: a.id, quote: null })}
      >
        {t('openArticle')}
      </button>
      {remove && <LocalArticleRemove article={a} remove={remove} />}
    </li>
  );
});
