import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import './authorButton.css';

/**
 * The header's "Add article" button; while the authoring view is open it leads back to
 * the map. Below 1440px it shows a short label ("＋ 添加" / "+ Add") so the header keeps
 * to one row at 1280px; its accessible name is always the full one.
 */
export function AuthorButton() {
  const { t } = useT();
  const authoring = useAtlasStore((s) => s.authoring);
  const setAuthoring = useAtlasStore((s) => s.setAuthoring);
  const full = authoring ? t('authorClose') : t('authorButton');
  return (
    <button
      type="button"
      className="header-tool author-button"
      aria-label={full}
      title={full}
      aria-expanded={authoring}
      aria-controls={authoring ? 'author-view' : undefined}
      onClick={() => setAuthoring(!authoring)}
    >
      {authoring ? '← ' : '＋ '}
      <span className="author-button__full">{full}</span>
      <span className="author-button__short" aria-hidden="true">
        {authoring ? t('authorCloseShort') : t('authorButtonShort')}
      </span>
    </button>
  );
}
