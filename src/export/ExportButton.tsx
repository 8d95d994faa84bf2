import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';
import type { LoadDeckExporter } from './deck/catalogue';

const ExportDialog = lazy(() => import('./ExportDialog'));

/**
 * The header's Export button; the dialog and the export code are loaded on first use.
 * `loadDeck` loads the PowerPoint export with its stories (the app wires in the presentation's).
 */
export function ExportButton({ loadDeck }: { loadDeck: LoadDeckExporter }) {
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
          <ExportDialog onClose={() => setOpen(false)} loadDeck={loadDeck} />
        </Suspense>
      )}
    </>
  );
}
