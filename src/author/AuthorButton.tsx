import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

/** The header's "Add article" button; while the authoring view is open it leads back to the map. */
export function AuthorButton() {
  const { t } = useT();
  const authoring = useAtlasStore((s) => s.authoring);
  const setAuthoring = useAtlasStore((s) => s.setAuthoring);
  return (
    <button
      type="button"
      className="header-tool author-button"
      aria-expanded={authoring}
      aria-controls={authoring ? 'author-view' : undefined}
      onClick={() => setAuthoring(!authoring)}
    >
      {authoring ? `← ${t('authorClose')}` : `＋ ${t('authorButton')}`}
    </button>
  );
}
