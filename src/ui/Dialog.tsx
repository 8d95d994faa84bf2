import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import './dialog.css';

/**
 * A modal dialog (`<dialog>` with `showModal`: focus is trapped and Esc
 * closes it) with a title and a close button. Calls `onClose` once closed.
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="atlas-dialog"
      aria-labelledby={titleId}
      // React's StrictMode (dev) unmounts and remounts once: the first close() then reports a
      // `close` event after the dialog was shown again. Only a dialog that stays closed is closed.
      onClose={() => {
        if (!ref.current?.open) onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) ref.current.close();
      }}
    >
      <div className="atlas-dialog__inner">
        <header className="atlas-dialog__head">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="atlas-dialog__close"
            aria-label={t('close')}
            onClick={() => ref.current?.close()}
          >
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
