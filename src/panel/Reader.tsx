import { useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { formatDate } from '../domain/format';
import { segmentText } from '../domain/highlight';
import type { LoadProblem } from '../domain/loadProblem';
import type { ArticleText } from '../domain/schema';
import { useT } from '../i18n/useT';
import { loadArticleText } from '../io/detail/registry';
import { problemOf } from '../io/problems';
import { useAtlasStore, type OpenArticle } from '../state/store';
import { DetailNote } from '../ui/DetailNote';
import { quoteOf, useArticleDetails } from '../ui/useArticleDetails';

/** The cleaned article text with every quoted fact highlighted; loaded on demand. */
export default function Reader({ index, article }: { index: AtlasIndex; article: OpenArticle }) {
  const { t, pick, lang } = useT();
  const openArticle = useAtlasStore((s) => s.openArticle);
  // undefined while loading; null when the atlas carries no text for the article.
  const [text, setText] = useState<ArticleText | null | undefined>(undefined);
  const [error, setError] = useState<LoadProblem | null>(null);
  const { details } = useArticleDetails([article.id]);
  const detail = details.get(article.id);
  const focusRef = useRef<HTMLElement>(null);
  const meta = index.articleById.get(article.id);
  useEffect(() => {
    let live = true;
    loadArticleText(article.id).then(
      (loaded) => live && setText(loaded),
      (e: unknown) => live && setError(problemOf(e)),
    );
    return () => {
      live = false;
    };
  }, [article.id]);
  // The quote to bring into view: the opened event's or figure's, or a full-text search hit.
  const focus = article.record
    ? (quoteOf(details, article.id, article.record) ?? null)
    : article.quote;
  const quotes = useMemo(
    () => [
      ...Object.values(detail?.events ?? {}),
      ...Object.values(detail?.figures ?? {}),
      // A search hit in the full text opens the article at a sentence no fact quotes.
      ...(article.quote ? [article.quote] : []),
    ],
    [detail, article.quote],
  );
  const segments = useMemo(
    () => (text ? segmentText(text.clean, quotes, focus, text.mojibake) : []),
    [text, quotes, focus],
  );
  useEffect(() => {
    focusRef.current?.scrollIntoView({ block: 'center' });
  }, [segments]);
  return (
    <div className="panel-body reader">
      <header className="panel-head">
        <button type="button" className="back" onClick={() => openArticle(null)}>
          ← {t('close')}
        </button>
        <p className="eyebrow">{t('readerTitle')}</p>
        {meta && <h2>{pick(meta.title)}</h2>}
        {meta && (
          <p className="meta">
            {formatDate(meta.published.slice(0, 10), lang)} · {pick(meta.source)}
          </p>
        )}
      </header>
      {!text && <DetailNote what="text" loading={text === undefined} problem={error} />}
      {text && text.mojibake.length > 0 && <p className="muted small">{t('mojibakeNote')}</p>}
      {text && (
        <div className="article-text" lang="zh-Hans">
          {segments.map((s, i) =>
            s.kind === 'plain' ? (
              <span key={i}>{s.text}</span>
            ) : (
              <mark key={i} className={s.kind} ref={s.kind === 'focus' ? focusRef : undefined}>
                {s.text}
              </mark>
            ),
          )}
        </div>
      )}
    </div>
  );
}
