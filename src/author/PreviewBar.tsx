import { useMemo } from 'react';
import { NO_FILTERS } from '../domain/filters';
import { selectView } from '../domain/select';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { setPreview } from './localArticles';
import './author.css';

/**
 * Over the map while a draft is previewed: what the article adds (events, figures,
 * links), that it is not saved, and the ways back to editing or out of the preview.
 */
export default function PreviewBar() {
  const { t, pick } = useT();
  const index = useIndex();
  const id = useAtlasStore((s) => s.localArticles.preview);
  const counts = useMemo(() => {
    if (!index || id === null) return null;
    const links = selectView(index, NO_FILTERS).links.filter((l) =>
      l.events.some((e) => e.article === id),
    );
    return {
      events: index.events.filter((e) => e.article === id).length,
      figures: index.figures.filter((f) => f.article === id).length,
      links: links.length,
    };
  }, [index, id]);
  const article = id === null ? undefined : index?.articleById.get(id);
  if (!article || !counts) return null;
  const back = () => {
    setPreview(null);
    useAtlasStore.getState().setAuthoring(true);
  };
  return (
    <div className="author-preview-bar" role="region" aria-label={t('authorPreviewTitle')}>
      <p>
        <strong>{t('authorPreviewTitle')}</strong> {pick(article.title)} ·{' '}
        {t('authorPreviewCounts', counts)}
      </p>
      <button type="button" className="author-primary" onClick={back}>
        {t('authorBackToEditing')}
      </button>
      <button type="button" onClick={() => setPreview(null)}>
        {t('authorEndPreview')}
      </button>
    </div>
  );
}
