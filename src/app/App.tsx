import { MapView } from '../map';
import { Filters } from '../controls/Filters';
import { LangSwitch } from '../controls/LangSwitch';
import { Panel } from '../panel/Panel';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { Notices } from './Notices';
import { startApp } from './start';
import { useDocumentLang } from './useDocumentLang';

/** The whole page: header with filters, the map, and the side panel. */
export function App() {
  const { t } = useT();
  const load = useAtlasStore((s) => s.load);
  useDocumentLang();
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <p>{t('appSubtitle')}</p>
        </div>
        {load.status === 'ready' && <Filters />}
        <LangSwitch />
      </header>
      <Notices />
      {load.status === 'loading' && (
        <main className="app-status" aria-busy="true">
          <p>{t('loading')}</p>
        </main>
      )}
      {load.status === 'error' && (
        <main className="app-status" role="alert">
          <h2>{t('loadFailed')}</h2>
          <p className="error-detail">{load.message}</p>
          <button type="button" onClick={() => void startApp()}>
            {t('retry')}
          </button>
        </main>
      )}
      {load.status === 'ready' && (
        <main className="app-main">
          <section className="map-area" aria-label={t('appTitle')}>
            <MapView />
          </section>
          <Panel />
        </main>
      )}
    </div>
  );
}
