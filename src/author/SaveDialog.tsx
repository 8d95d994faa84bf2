import { useState } from 'react';
import type { LocalArticle } from '../domain/localArticles';
import type { AnnotationSource } from '../domain/schema';
import { useT } from '../i18n/useT';
import { Dialog } from '../ui/Dialog';
import { writeToDataDir } from './devSave';
import { fetchOfflineCopy, withCarriedArticles } from '../io/offlineCopy';
import { downloadText } from '../ui/download';
import { annotationYaml } from './files';
import { keepArticle } from './localArticles';
import { useAtlasStore } from '../state/store';
import type { StoreFailure } from './localStore';
import type { Review } from './review';
import { showOnMap } from './showOnMap';
import { StoreWarning } from './StoreWarning';

/**
 * Saving a checked article: keep it in this browser (it joins the atlas at once), download
 * its text, its annotation or an offline atlas that carries it, and under `npm run dev`
 * write it into `data/`. A store that fails leaves everything in the page and says so.
 */
export default function SaveDialog({
  review,
  annotation,
  onClose,
  onKept,
}: {
  review: Review;
  annotation: AnnotationSource;
  onClose: () => void;
  onKept: () => void;
}) {
  const { t } = useT();
  const [failure, setFailure] = useState<StoreFailure | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const savedAt = new Date().toISOString();
  const article: LocalArticle = {
    annotation,
    text: { ...review.text, id: annotation.id },
    savedAt,
  };
  const id = annotation.id;

  const keep = async () => {
    setBusy(true);
    const kept = await keepArticle(article);
    setBusy(false);
    if (!kept.ok) {
      setFailure(kept.failure);
      return;
    }
    onKept();
    showOnMap(annotation);
  };
  const offline = async () => {
    setBusy(true);
    const html = await fetchOfflineCopy();
    setBusy(false);
    if (!html) {
      setStatus(t('authorOfflineMissing'));
      return;
    }
    // With every article saved before (kept here or carried by this copy), this one last.
    const saved = useAtlasStore.getState().localArticles.saved;
    const others = saved.filter((a) => a.annotation.id !== id);
    downloadText(
      withCarriedArticles(html, [...others, article]),
      `cooperation-atlas_${id}.html`,
      'text/html',
    );
    setStatus(t('authorDownloaded', { name: `cooperation-atlas_${id}.html` }));
  };
  const dev = async () => {
    setBusy(true);
    const result = await writeToDataDir(
      id,
      review.text.original,
      annotationYaml(annotation, savedAt),
    );
    setBusy(false);
    setStatus(
      result.ok
        ? t('authorDevWritten', { files: result.files.join(', ') })
        : t('authorDevFailed', { detail: result.detail }),
    );
  };

  return (
    <Dialog title={t('authorSaveTitle')} onClose={onClose}>
      <div className="author-save">
        <section>
          <h3>{t('authorKeepTitle')}</h3>
          <p className="muted">{t('authorKeepNote')}</p>
          <StoreWarning failure={failure} />
          <button
            type="button"
            className="author-primary"
            disabled={busy}
            onClick={() => void keep()}
          >
            {t('authorKeep')}
          </button>
        </section>
        <section>
          <h3>{t('authorDownloadTitle')}</h3>
          <p className="muted">{t('authorDownloadNote', { id })}</p>
          <div className="row">
            <button
              type="button"
              disabled={busy}
              onClick={() => downloadText(review.text.original, `${id}.txt`, 'text/plain')}
            >
              {t('authorDownloadText')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                downloadText(annotationYaml(annotation, savedAt), `${id}.yaml`, 'application/yaml')
              }
            >
              {t('authorDownloadYaml')}
            </button>
            <button type="button" disabled={busy} onClick={() => void offline()}>
              {t('authorDownloadOffline')}
            </button>
          </div>
        </section>
        {import.meta.env.DEV && (
          <section>
            <h3>{t('authorDevTitle')}</h3>
            <p className="muted">{t('authorDevNote', { id })}</p>
            <button type="button" disabled={busy} onClick={() => void dev()}>
              {t('authorDevWrite')}
            </button>
          </section>
        )}
        {status && (
          <p className="author-status" role="status">
            {status}
          </p>
        )}
      </div>
    </Dialog>
  );
}
