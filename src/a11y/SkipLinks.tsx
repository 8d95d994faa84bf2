import type { MouseEvent } from 'react';
import { useT } from '../i18n/useT';
import { LIST_ENTRY_ID } from './RegionList';
import { focusPanelHeading } from '../ui/usePanelFocus';

/** Links that appear on the first Tab: straight to the panel, or to the region list. */
export function SkipLinks() {
  const { t } = useT();
  const toPanel = (e: MouseEvent) => {
    e.preventDefault();
    focusPanelHeading();
  };
  const toList = (e: MouseEvent) => {
    e.preventDefault();
    document.getElementById(LIST_ENTRY_ID)?.focus();
  };
  return (
    <div className="skip-links">
      <a href="#panel" onClick={toPanel}>
        {t('a11ySkipToPanel')}
      </a>
      <a href="#region-list" onClick={toList}>
        {t('a11ySkipToList')}
      </a>
    </div>
  );
}
