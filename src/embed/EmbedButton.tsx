import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';
import './tools.css';

const EmbedDialog = lazy(() => import('./EmbedDialog'));

/** The header's Embed button; the dialog is loaded on first use. */
export function EmbedButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="header-tool"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('embedButton')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
