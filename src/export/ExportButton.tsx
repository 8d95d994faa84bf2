import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';
import type { LoadStories } from './deck/DeckSection';

const ExportDialog = lazy(() => import('./ExportDialog'));

/**
 * The header's Export button; the dialog and the export code are loaded on first use.
 * `loadStories` gives the deck export its stories (the app passes the presentation's).
 */
export function ExportButton({ loadStories }: { loadStories: LoadStories }) {
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
          <ExportDialog onClose={() => setOpen(false)} loadStories={loadStories} />
        </Suspense>
      )}
    </>
  );
}
