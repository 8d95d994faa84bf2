import { useState } from 'react';
import type { Article } from '../domain/schema';
import { useT } from '../i18n/useT';
import type { LocalArticles } from '../state/store';
import './local.css';

/** How an article in a list stands to this browser: added here, previewed, or neither. */
export type LocalTag = 'local' | 'preview' | null;

/**
 * The tag and the remove action of each article of a list, from the store's local
 * articles read once by the list (not once per row: a list of 50 rows re-rendered on
 * every change of the store otherwise).
 */
export function localTagOf(
  local: LocalArticles,
  id: string,
): { tag: LocalTag; remove: ((id: string) => void) | null } {
  if (local.preview === id) return { tag: 'preview', remove: null };
  return {
    tag: local.ids.has(id) ? 'local' : null,
    remove: local.remove && local.removable.has(id) ? local.remove : null,
  };
}

/** The "added here" (or "preview") badge of a local article in a list. */
export function LocalArticleBadge({ tag }: { tag: LocalTag }) {
  const { t } = useT();
  if (tag === 'preview')
    return <span className="badge-local badge-preview">{t('authorPreviewBadge')}</span>;
  if (tag !== 'local') return null;
  return (
    <span className="badge-local" title={t('authorLocalBadgeHint')}>
      {t('authorLocalBadge')}
    </span>
  );
}

/** "Remove from this browser", with a confirmation, for an article kept in this browser. */
export function LocalArticleRemove({
  article,
  remove,
}: {
  article: Article;
  remove: (id: string) => void;
}) {
  const { t, pick } = useT();
  const [asking, setAsking] = useState(false);
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
