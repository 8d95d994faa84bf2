import { useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { formatDate } from '../domain/format';
import { segmentText } from '../domain/highlight';
import type { ArticleText } from '../domain/schema';
import { useT } from '../i18n/useT';
import { loadArticleText } from '../io/loadAtlas';
import { useAtlasStore, type OpenArticle } from '../state/store';

/** The cleaned article text with every quoted fact highlighted; loaded on demand. */
export default function Reader({ index, article }: { index: AtlasIndex; article: OpenArticle }) {
  const { t, pick, lang } = useT();
  const openArticle = useAtlasStore((s) => s.openArticle);
  const [text, setText] = useState<ArticleText | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focusRef = useRef<HTMLElement>(null);
  const meta = index.articleById.get(article.id);
  useEffect(() => {
    let live = true;
    loadArticleText(article.id).then(
      (loaded) => live && setText(loaded),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [article.id]);
  const quotes = useMemo(
    () => [
      ...index.events.filter((e) => e.article === article.id).map((e) => e.quote),
      ...index.figures.filter((f) => f.article === article.id).map((f) => f.quote),
      // A search hit in the full text opens the article at a sentence no fact quotes.
      ...(article.quote ? [article.quote] : []),
    ],
    [index, article.id, article.quote],
  );
  const segments = useMemo(
    () => (text ? segmentText(text.clean, quotes, article.quote, text.mojibake) : []),
    [text, quotes, article.quote],
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
      {error && <p role="alert">{error}</p>}
      {!text && !error && <p className="muted">{t('loading')}</p>}
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
