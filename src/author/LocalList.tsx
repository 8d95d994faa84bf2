import { formatDate } from '../domain/format';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { keptArticles, storeStatus } from './localArticles';
import { storeFailureText } from './messages';
import { showOnMap } from './showOnMap';

/** The articles kept in this browser, each with "show on map" and "remove". */
export function LocalList() {
  const { t, pick, lang } = useT();
  const local = useAtlasStore((s) => s.localArticles);
  const kept = keptArticles().filter((a) => local.removable.has(a.annotation.id));
  const status = storeStatus();
  return (
    <section className="author-local" aria-labelledby="author-local-title">
      <h3 id="author-local-title" className="author-heading">
        {t('authorLocalTitle')}
      </h3>
      {status.failure && (
        <p className="author-store-warning">
          {t('authorStoreReadFailed', { detail: storeFailureText(status.failure, lang) })}
        </p>
      )}
      {status.unreadable > 0 && (
        <p className="author-store-warning">
          {t('authorStoreUnreadable', { n: status.unreadable })}
        </p>
      )}
      {kept.length === 0 ? (
        <p className="muted">{t('authorLocalNone')}</p>
      ) : (
        <ul>
          {kept.map(({ annotation: a }) => (
            <li key={a.id}>
              <p className="author-local__title">{pick(a.title)}</p>
              <p className="muted small">
                {formatDate(a.published.slice(0, 10), lang)} · {pick(a.source)} · {a.id}
              </p>
              <div className="author-local__actions">
                <button type="button" className="text-button" onClick={() => showOnMap(a)}>
                  {t('authorShowOnMap')}
                </button>
                <button
                  type="button"
                  className="text-button danger"
                  onClick={() => local.remove?.(a.id)}
                >
                  {t('authorRemove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
