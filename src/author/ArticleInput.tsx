import { useId, useRef, useState, type DragEvent } from 'react';
import { IngestError, draftInWorker } from '../ingest/client';
import type { IngestInput } from '../ingest/ingest';
import { useT } from '../i18n/useT';
import { articleIdFor } from './articleId';
import { LocalList } from './LocalList';
import { refusalText } from './messages';
import { reviewOf } from './review';
import { StoreWarning } from './StoreWarning';
import type { Work } from './useWork';

const ACCEPT = '.txt,.html,.htm,text/plain,text/html';

/** Step one: paste an article or drop/choose a file, then draft it in the ingest worker. */
export function ArticleInput({ work }: { work: Work }) {
  const { t, lang } = useT();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  const run = async (input: IngestInput, fileName: string | null, seed: string) => {
    setBusy(true);
    setError(null);
    try {
      const result = await draftInWorker(input, articleIdFor(seed, fileName));
      if (!result.ok) setError(refusalText(result, lang));
      else {
        const { annotation } = result.draft;
        const draft = { ...result, annotation };
        work.setReview(reviewOf(draft, annotation.id, fileName));
      }
    } catch (e) {
      setError(e instanceof IngestError ? refusalText(e, lang) : String(e));
    } finally {
      setBusy(false);
    }
  };
  const fromFile = async (f: File) => {
    const bytes = new Uint8Array(await f.arrayBuffer());
    await run({ bytes, fileName: f.name }, f.name, `${f.name}:${f.size}`);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) void fromFile(f);
  };
  const draftPasted = () => {
    if (work.pasted.trim() === '') setError(t('authorEmpty'));
    else void run({ text: work.pasted }, null, work.pasted);
  };

  return (
    <div
      className={`author-start${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="author-start__main">
        <h3 className="author-heading">{t('authorTitle')}</h3>
        <p className="author-intro">{t('authorIntro')}</p>
        <StoreWarning failure={work.storeFailure} />
        <label htmlFor={`${id}-text`} className="author-label">
          {t('authorPasteLabel')}
        </label>
        <textarea
          id={`${id}-text`}
          className="author-paste"
          lang="zh-Hans"
          value={work.pasted}
          placeholder={t('authorPastePlaceholder')}
          onChange={(e) => work.setPasted(e.target.value)}
          disabled={busy}
        />
        <div className="author-start__actions">
          <button
            type="button"
            className="author-primary"
            onClick={draftPasted}
            disabled={busy}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            {busy ? t('authorDrafting') : t('authorDraftButton')}
          </button>
          <span className="author-or">{t('authorDropHint')}</span>
          <button type="button" onClick={() => file.current?.click()} disabled={busy}>
            {t('authorChooseFile')}
          </button>
          <input
            ref={file}
            type="file"
            accept={ACCEPT}
            hidden
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void fromFile(f);
            }}
          />
        </div>
        {busy && (
          <p className="author-status" role="status">
            {t('authorDrafting')}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="author-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <LocalList />
    </div>
  );
}
