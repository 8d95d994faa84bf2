import { lazy, Suspense } from 'react';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

const AuthorView = lazy(() => import('./AuthorView'));
const PreviewBar = lazy(() => import('./PreviewBar'));

/**
 * Where the authoring feature shows itself over the map area: the authoring view while
 * it is open, and the preview bar while a draft is previewed on the map. Both are
 * loaded on first use, so the atlas's start-up code does not grow with them.
 */
export function AuthorHost() {
  const { t } = useT();
  const authoring = useAtlasStore((s) => s.authoring);
  const preview = useAtlasStore((s) => s.localArticles.preview);
  if (!authoring && preview === null) return null;
  return (
    <Suspense
      fallback={
        <div className="author-loading" role="status">
          {t('authorLoading')}
        </div>
      }
    >
      {authoring ? <AuthorView /> : <PreviewBar />}
    </Suspense>
  );
}
