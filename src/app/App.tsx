import { Announcer } from '../a11y/Announcer';
import { AuthorHost } from '../author/AuthorHost';
import { MapDescription, MAP_DESCRIPTION_ID } from '../a11y/MapDescription';
import { RegionList } from '../a11y/RegionList';
import { SkipLinks } from '../a11y/SkipLinks';
import { ExploreArea } from '../explore/ExploreArea';
import { Search } from '../explore/Search';
import { MapView } from '../map';
import { Filters } from '../controls/Filters';
import { LangSwitch } from '../controls/LangSwitch';
import { Panel } from '../panel/Panel';
import { EmbedLayout } from './EmbedLayout';
import { HeaderTools } from './HeaderTools';
import { EMBEDDED_AT_START } from '../embed/startMode';
import { useDocumentTheme } from '../embed/useDocumentTheme';
import { PresentHost } from '../present/PresentHost';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { Notices } from '../ui/Notices';
import { startApp } from './start';
import { useDocumentLang } from './useDocumentLang';

/** The whole page: header with filters, the map, and the side panel. */
export function App() {
  const { t } = useT();
  const load = useAtlasStore((s) => s.load);
  const authoring = useAtlasStore((s) => s.authoring);
  useDocumentLang();
  useDocumentTheme();
  const embedded = useAtlasStore((s) => (s.load.status === 'ready' ? s.embed.embed : null));
  if (embedded ?? EMBEDDED_AT_START) return <EmbedLayout />;
  return (
    <div className="app">
      {load.status === 'ready' && <SkipLinks />}
      <header className="app-header">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <p>{t('appSubtitle')}</p>
        </div>
        {/* Filters and search act on the map, which the authoring view covers. */}
        {load.status === 'ready' && !authoring && <Filters />}
        {load.status === 'ready' && !authoring && <Search />}
        {load.status === 'ready' && <HeaderTools />}
        <LangSwitch />
      </header>
      <Notices />
      <Announcer />
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
          <section
            className="map-area"
            aria-label={t('appTitle')}
            aria-describedby={MAP_DESCRIPTION_ID}
          >
            <MapDescription />
            <RegionList />
            <ExploreArea map={<MapView />} />
            <PresentHost />
          </section>
          <Panel />
          <AuthorHost />
        </main>
      )}
    </div>
  );
}
