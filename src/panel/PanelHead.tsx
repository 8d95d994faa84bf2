import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

/** Title block of a selection panel, with the button back to the overview. */
export function PanelHead({
  eyebrow,
  title,
  children,
}: {
  eyebrow: string;
  title: string;
  children?: ReactNode;
}) {
  const { t } = useT();
  const select = useAtlasStore((s) => s.select);
  return (
    <header className="panel-head">
      <button type="button" className="back" onClick={() => select(null)}>
        ← {t('clearSelection')}
      </button>
      <p className="eyebrow">{eyebrow}</p>
      <h2>{title}</h2>
      {children}
    </header>
  );
}
