import { useEffect, useState } from 'react';
import { translate } from '../i18n/messages';
import { filteredView } from '../state/derived';
import { useAtlasStore, type AtlasState } from '../state/store';
import { filterMessage, selectionMessage } from './describe';

/** The message for a change of state, or null when nothing worth saying changed. */
function messageFor(now: AtlasState, before: AtlasState): string | null {
  if (now.load.status !== 'ready' || before.load.status !== 'ready') return null;
  const { index } = now.load;
  const view = filteredView(index, now.filters);
  if (now.lang !== before.lang) return translate(now.lang, 'a11yAnnounceLang');
  if (now.article && now.article.id !== before.article?.id) {
    const title = index.articleById.get(now.article.id)?.title[now.lang] ?? now.article.id;
    return translate(now.lang, 'a11yAnnounceArticle', { title });
  }
  if (now.selection !== before.selection)
    return selectionMessage(index, view, now.selection, now.lang);
  if (now.filters !== before.filters) return filterMessage(index, view, now.lang);
  return null;
}

/** Polite live announcements of selection, filter and language changes (visually hidden). */
export function Announcer() {
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      useAtlasStore.subscribe((now, before) => {
        const next = messageFor(now, before);
        if (next !== null) setMessage(next);
      }),
    [],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
