import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

/** Dismissible notices, e.g. a URL parameter that was dropped. Announced politely. */
export function Notices() {
  const { t } = useT();
  const notices = useAtlasStore((s) => s.notices);
  const dismiss = useAtlasStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div className="notice" key={n.id}>
          <span>{t(n.key, n.params)}</span>
          <button type="button" onClick={() => dismiss(n.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
