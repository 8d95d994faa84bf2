import { useMemo, useState } from 'react';
import { Notices } from '../ui/Notices';
import { MapView } from '../map';
import { Panel } from '../panel/Panel';
import { PresentHost } from '../present/PresentHost';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { EMBED_PARAMS, serializeQuery, type UrlState } from '../state/url';
import { currentUrlState } from '../state/urlSync';
import { browserLang, useAtlasStore } from '../state/store';
import { EmbedLegend } from '../ui/EmbedLegend';
import { filterSummary, selectionTitle } from '../ui/summary';
import { LoadError } from './LoadError';
import '../embed/embed.css';

function fullAtlasUrl(state: UrlState): string {
  const base = new URLSearchParams(window.location.search);
  EMBED_PARAMS.forEach((name) => base.delete(name));
  const search = serializeQuery(state, `?${base.toString()}`, browserLang());
  return `${window.location.pathname}${search}`;
}

/** Title, filter summary and the link to the full atlas, over the map's top left corner. */
function EmbedHeader() {
  const { t, lang } = useT();
  const index = useIndex();
  const selection = useAtlasStore((s) => s.selection);
  const filters = useAtlasStore((s) => s.filters);
  const theme = useAtlasStore((s) => s.theme);
  const step = useAtlasStore((s) => s.step);
  const story = useAtlasStore((s) => s.story);
  // Recomputed whenever the view changes, so the link always opens this view.
  const href = useMemo(
    () => fullAtlasUrl({ ...currentUrlState(), selection, filters, lang, theme, step, story }),
    [selection, filters, lang, theme, step, story],
  );
  if (!index) return null;
  const title = selectionTitle(index, selection, lang);
  return (
    <header className="embed-header embed-card">
      <h1>{title ?? t('appTitle')}</h1>
      <p className="embed-header__summary">
        {title ? `${t('appTitle')} · ` : ''}
        {filterSummary(index, filters, lang)}
      </p>
      <a className="embed-header__open" href={href} target="_blank" rel="noopener">
        {t('embedOpenFull')} ↗
      </a>
    </header>
  );
}

/** The selection's panel as an overlay; closing hides it until the next selection. */
function PanelOverlay() {
  const { t } = useT();
  const selection = useAtlasStore((s) => s.selection);
  const article = useAtlasStore((s) => s.article);
  const allowed = useAtlasStore((s) => s.embed.panel);
  const presenting = useAtlasStore((s) => s.step !== null);
  const [dismissed, setDismissed] = useState<typeof selection>(null);
  if (!allowed || presenting || (!selection && !article) || dismissed === selection) return null;
  return (
    <div className="embed-panel">
      <button
        type="button"
        className="embed-panel__close"
        aria-label={t('embedPanelClose')}
        onClick={() => setDismissed(selection)}
      >
        ×
      </button>
      <Panel />
    </div>
  );
}

/** `embed=1`: the map with a compact title, legend and filter summary, and no page chrome. */
export function EmbedLayout() {
  const { t } = useT();
  const load = useAtlasStore((s) => s.load);
  return (
    <div className="embed">
      <Notices />
      {load.status === 'loading' && (
        <main className="app-status" aria-busy="true">
          <p>{t('loading')}</p>
        </main>
      )}
      {load.status === 'error' && <LoadError problem={load.problem} />}
      {load.status === 'ready' && (
        <main className="embed-main">
          <section className="map-area" aria-label={t('appTitle')}>
            <MapView />
            <PresentHost />
          </section>
          <EmbedHeader />
          <EmbedLegend />
          <PanelOverlay />
        </main>
      )}
    </div>
  );
}
