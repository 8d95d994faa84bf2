import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';

const PresentMenu = lazy(() => import('./PresentMenu'));

/** The header's Present button: choose the events in date order or a curated story. */
export function PresentButton() {
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
        ▶ {t('presentButton')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PresentMenu onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
