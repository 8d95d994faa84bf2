import { useRef, type KeyboardEvent } from 'react';
import { selectedRegionIds } from '../domain/selection';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useAtlasStore, type ExploreView } from '../state/store';

const VIEWS: readonly { view: ExploreView; label: MessageKey }[] = [
  { view: 'map', label: 'exploreTabMap' },
  { view: 'table', label: 'exploreTabTable' },
  { view: 'compare', label: 'exploreTabCompare' },
];

/** Id of a view's tab and of its panel. */
export const tabId = (view: ExploreView) => `explore-tab-${view}`;
export const panelId = (view: ExploreView) => `explore-panel-${view}`;

/**
 * Shows `view`. Compare opened with nothing chosen starts from the selection: the selected
 * region on the left, or the two ends of the selected link side by side.
 */
function setView(view: ExploreView): void {
  const store = useAtlasStore.getState();
  if (view === 'compare' && store.compare.length === 0) {
    const ids = selectedRegionIds(store.selection);
    if (ids.length > 0) store.setCompare(ids);
  }
  store.setExploreView(view);
}

/** Map | Table | Compare: the tabs of the map area (WAI-ARIA tabs, arrows move between them). */
export function ViewTabs() {
  const { t } = useT();
  const current = useAtlasStore((s) => s.exploreView);
  const ref = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    const at = VIEWS.findIndex((v) => v.view === current);
    const next =
      e.key === 'ArrowRight'
        ? (at + 1) % VIEWS.length
        : e.key === 'ArrowLeft'
          ? (at + VIEWS.length - 1) % VIEWS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? VIEWS.length - 1
              : -1;
    const view = VIEWS[next]?.view;
    if (!view) return;
    e.preventDefault();
    setView(view);
    ref.current?.querySelector<HTMLElement>(`#${tabId(view)}`)?.focus();
  };
  return (
    <div
      ref={ref}
      className="explore-tabs"
      role="tablist"
      aria-label={t('exploreViews')}
      onKeyDown={onKey}
    >
      {VIEWS.map(({ view, label }) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={tabId(view)}
          aria-selected={view === current}
          aria-controls={view === current ? panelId(view) : undefined}
          tabIndex={view === current ? 0 : -1}
          onClick={() => setView(view)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
