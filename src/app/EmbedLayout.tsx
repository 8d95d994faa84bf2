import { useMemo, useState } from 'react';
import { Notices } from '../ui/Notices';
import { MapView } from '../map';
import { PresentHost } from '../present/PresentHost';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { EMBED_PARAMS, serializeQuery, type UrlState } from '../state/url';
import { currentUrlState } from '../state/urlSync';
import { browserLang, useAtlasStore, type Selection } from '../state/store';
import { EmbedLegend } from '../ui/EmbedLegend';
import { filterSummary, selectionTitle } from '../ui/summary';
import { EmbedPanel, useCompactFrame } from './EmbedPanel';
import { LoadError } from './LoadError';
import '../embed/embed.css';

function fullAtlasUrl(state: UrlState): string {
  const base = new URLSearchParams(window.location.search);
  EMBED_PARAMS.forEach((name) => base.delete(name));
  const search = serializeQuery(state, `?${base.toString()}`, browserLang());
  return `${window.location.pathname}${search}`;
}

/**
 * Title, filter summary and the link to the full atlas, over the map's top left
 * corner; a Details button when the selection's panel is closed.
 */
function EmbedHeader({ onDetails }: { onDetails: (() => void) | null }) {
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
      <p className="embed-header__links">
        {onDetails && (
          <button type="button" className="embed-header__details" onClick={onDetails}>
            {t('embedDetails')}
          </button>
        )}
        <a className="embed-header__open" href={href} target="_blank" rel="noopener">
          {t('embedOpenFull')} ↗
        </a>
      </p>
    </header>
  );
}

/**
 * Whether the panel overlay shows: when there is something to show and the
 * embed allows it, open by default except in a compact frame; the reader's
 * choice (Details, ×) holds until the next selection.
 */
function usePanelOpen(compact: boolean) {
  const selection = useAtlasStore((s) => s.selection);
  const article = useAtlasStore((s) => s.article);
  const allowed = useAtlasStore((s) => s.embed.panel);
  const presenting = useAtlasStore((s) => s.step !== null);
  const [choice, setChoice] = useState<{ selection: Selection; open: boolean } | null>(null);
  const available = allowed && !presenting && (selection !== null || article !== null);
  const open = available && (choice?.selection === selection ? choice.open : !compact);
  return {
    open,
    // The title card offers it when it is closed and there is a place to tell about.
    canOpen: available && !open && selection !== null,
    setOpen: (value: boolean) => setChoice({ selection, open: value }),
  };
}

/** `embed=1`: the map with a compact title, legend and filter summary, and no page chrome. */
export function EmbedLayout() {
  const { t } = useT();
  const load = useAtlasStore((s) => s.load);
  const compact = useCompactFrame();
  const panel = usePanelOpen(compact);
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
          <EmbedHeader onDetails={panel.canOpen ? () => panel.setOpen(true) : null} />
          <EmbedLegend />
          <EmbedPanel open={panel.open} compact={compact} onClose={() => panel.setOpen(false)} />
        </main>
      )}
    </div>
  );
}
