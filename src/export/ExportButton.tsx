import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';

const ExportDialog = lazy(() => import('./ExportDialog'));

/** The header's Export button; the dialog and the export code are loaded on first use. */
export function ExportButton() {
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
        {t('exportButton')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
