import { useState } from 'react';
import type { Article } from '../domain/schema';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import './local.css';

/** The "added here" (or "preview") badge of a local article in a list. */
export function LocalArticleBadge({ id }: { id: string }) {
  const { t } = useT();
  const local = useAtlasStore((s) => s.localArticles);
  if (local.preview === id)
    return <span className="badge-local badge-preview">{t('authorPreviewBadge')}</span>;
  if (!local.ids.has(id)) return null;
  return (
    <span className="badge-local" title={t('authorLocalBadgeHint')}>
      {t('authorLocalBadge')}
    </span>
  );
}

/** "Remove from this browser", with a confirmation, for an article kept in this browser. */
export function LocalArticleRemove({ article }: { article: Article }) {
  const { t, pick } = useT();
  const local = useAtlasStore((s) => s.localArticles);
  const [asking, setAsking] = useState(false);
  const { remove } = local;
  if (!remove || !local.removable.has(article.id) || local.preview === article.id) return null;
  if (!asking)
    return (
      <button type="button" className="text-button local-remove" onClick={() => setAsking(true)}>
        {t('authorRemove')}
      </button>
    );
  return (
    <span className="local-remove-confirm" role="group" aria-label={t('authorRemove')}>
      <span>{t('authorRemoveConfirm', { title: pick(article.title) })}</span>
      <button type="button" className="text-button danger" onClick={() => remove(article.id)}>
        {t('authorRemove')}
      </button>
      <button type="button" className="text-button" onClick={() => setAsking(false)}>
        {t('authorCancel')}
      </button>
    </span>
  );
}
