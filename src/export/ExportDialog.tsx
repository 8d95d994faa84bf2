import { useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { useMapControl } from '../ui/mapControl';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { filteredView } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { serializeQuery } from '../state/url';
import { currentUrlState } from '../state/urlSync';
import type { LoadDeckExporter } from './deck/catalogue';
import { DeckSection } from './deck/DeckSection';
import { downloadBlob, downloadText } from '../ui/download';
import { exportImage, imageFileName, type ImageFormat } from './exportImage';
import { fetchOfflineCopy, withCarriedArticles, withView } from '../io/offlineCopy';
import { eventsCsv, figuresCsv, viewJson } from './tables';
import { loadManyDetails } from '../io/detail/registry';
import { AtlasLoadError } from '../io/problems';
import { loadProblemText } from '../i18n/loadProblem';

const articleIdOf = (r: { id: string } | { article: string }): string =>
  'article' in r ? r.article : r.id;

interface ImageChoice {
  readonly key: MessageKey;
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
}

const SIZES: readonly ImageChoice[] = [
  { key: 'exportPng1080', format: 'png', width: 1920, height: 1080, pixelRatio: 1 },
  { key: 'exportPng2x', format: 'png', width: 1920, height: 1080, pixelRatio: 2 },
  { key: 'exportPng4k', format: 'png', width: 3840, height: 2160, pixelRatio: 1 },
];

const VECTOR: readonly ImageChoice[] = [
  { key: 'exportSvg', format: 'svg', width: 1920, height: 1080, pixelRatio: 1 },
  { key: 'exportPdf', format: 'pdf', width: 1920, height: 1080, pixelRatio: 1 },
];

function stamp(): string {
  const { filters } = useAtlasStore.getState();
  return filters.years ? `_${filters.years.join('-')}` : '';
}

/** Export: slide PNGs (download or copy), a PowerPoint deck, CSV and JSON of the filtered data, the offline copy. */
export default function ExportDialog({
  onClose,
  loadDeck,
}: {
  onClose: () => void;
  loadDeck: LoadDeckExporter;
}) {
  const { t, lang } = useT();
  const mapControl = useMapControl();
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const state = useAtlasStore.getState();
  const view = state.load.status === 'ready' ? filteredView(state.load.index, state.filters) : null;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setStatus(t('exportWorking'));
    try {
      setStatus(await work());
    } catch (error) {
      const reason =
        error instanceof AtlasLoadError
          ? loadProblemText(error.problem, lang).what
          : error instanceof Error
            ? error.message
            : String(error);
      setStatus(t('exportFailed', { reason }));
    } finally {
      setBusy(false);
    }
  };

  const image = ({ format, width, height, pixelRatio }: ImageChoice) =>
    run(async () => {
      const blob = await exportImage(
        { format, width, height, pixelRatio, transparent },
        mapControl.get(),
      );
      const name = imageFileName(format, width, height, pixelRatio);
      downloadBlob(blob, name);
      return t('exportDone', { name });
    });

  const copy = () =>
    run(async () => {
      if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
        return t('exportCopyUnavailable');
      }
      // The item gets the promise at once, so Safari still sees the click's user gesture.
      const blob = exportImage({ width: 1920, height: 1080, transparent }, mapControl.get());
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      return t('exportCopied');
    });

  const data = (kind: 'events' | 'figures' | 'json') =>
    run(async () => {
      if (state.load.status !== 'ready' || !view) return '';
      const { index } = state.load;
      // The quotes and summaries are detail: loaded (once) for the articles the view holds.
      const details = await loadManyDetails([
        ...new Set([...view.articles, ...view.events, ...view.figures].map(articleIdOf)),
      ]);
      const base = `cooperation-atlas_${kind}${stamp()}`;
      if (kind === 'events') {
        downloadText(eventsCsv(index, view, details), `${base}.csv`, 'text/csv');
      }
      if (kind === 'figures') {
        downloadText(figuresCsv(index, view, details), `${base}.csv`, 'text/csv');
      }
      if (kind === 'json') {
        downloadText(viewJson(index, view, details), `${base}.json`, 'application/json');
      }
      return t('exportDone', { name: `${base}.${kind === 'json' ? 'json' : 'csv'}` });
    });

  const offline = () =>
    run(async () => {
      const html = await fetchOfflineCopy();
      if (!html) return t('exportOfflineMissing');
      const other = useAtlasStore.getState().lang === 'zh' ? 'en' : 'zh';
      const search = serializeQuery(currentUrlState(), '', other);
      const name = `cooperation-atlas${stamp()}.html`;
      // The articles saved in this browser go with the copy, as they are on this map.
      const { saved } = useAtlasStore.getState().localArticles;
      const copy = saved.length > 0 ? withCarriedArticles(html, saved) : html;
      downloadText(withView(copy, search), name, 'text/html');
      return t('exportDone', { name });
    });

  return (
    <Dialog title={t('exportTitle')} onClose={onClose}>
      <section>
        <h3>{t('exportImage')}</h3>
        <div className="row">
          {SIZES.map((size) => (
            <button
              key={size.key}
              type="button"
              className="tool-button"
              disabled={busy}
              onClick={() => void image(size)}
            >
              {t(size.key)}
            </button>
          ))}
          <button type="button" className="tool-button" disabled={busy} onClick={() => void copy()}>
            {t('exportCopy')}
          </button>
        </div>
        <div className="row">
          {VECTOR.map((choice) => (
            <button
              key={choice.key}
              type="button"
              className="tool-button"
              disabled={busy}
              onClick={() => void image(choice)}
            >
              {t(choice.key)}
            </button>
          ))}
        </div>
        <p>{t('exportVectorNote')}</p>
        <label>
          <input
            type="checkbox"
            checked={transparent}
            onChange={(e) => setTransparent(e.target.checked)}
          />{' '}
          {t('exportTransparent')}
        </label>
      </section>
      <DeckSection
        loadDeck={loadDeck}
        events={view?.events.length ?? 0}
        busy={busy}
        run={run}
        onStatus={setStatus}
      />
      <section>
        <h3>{t('exportData')}</h3>
        <p>
          {t('exportDataNote', {
            events: view?.events.length ?? 0,
            figures: view?.figures.length ?? 0,
          })}
        </p>
        <div className="row">
          <button type="button" className="tool-button" onClick={() => data('events')}>
            {t('exportEventsCsv')}
          </button>
          <button type="button" className="tool-button" onClick={() => data('figures')}>
            {t('exportFiguresCsv')}
          </button>
          <button type="button" className="tool-button" onClick={() => data('json')}>
            {t('exportJson')}
          </button>
        </div>
      </section>
      <section>
        <h3>{t('exportOffline')}</h3>
        <p>{t('exportOfflineNote')}</p>
        <button
          type="button"
          className="tool-button"
          disabled={busy}
          onClick={() => void offline()}
        >
          {t('exportOfflineButton')}
        </button>
      </section>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </Dialog>
  );
}
