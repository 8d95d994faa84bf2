import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { Legend } from '../ui/Legend';
import { Timeline } from './Timeline';
import { panelId, tabId, ViewTabs } from './ViewTabs';
import './explore.css';

const TableView = lazy(() => import('./TableView'));
const CompareView = lazy(() => import('./CompareView'));

function timelineHeight(): number {
  const { innerWidth: w, innerHeight: h } = window;
  if (w < 700 || h < 640) return 62;
  return h < 900 ? 78 : 92;
}

function useTimelineHeight(): number {
  const [height, setHeight] = useState(timelineHeight);
  useEffect(() => {
    const update = () => setHeight(timelineHeight());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return height;
}

/**
 * The map area: Map | Table | Compare tabs over a stage, and the timeline strip
 * under it. The map stays mounted (and sized) under the other tabs, so coming
 * back to it costs nothing; it is inert while covered.
 */
export function ExploreArea({ map }: { map: ReactNode }) {
  const { t } = useT();
  const view = useAtlasStore((s) => s.exploreView);
  const height = useTimelineHeight();
  return (
    <div className="explore">
      <div className="explore__stage">
        <ViewTabs />
        <div
          className="explore__map"
          role="tabpanel"
          id={panelId('map')}
          aria-labelledby={tabId('map')}
          inert={view !== 'map'}
          aria-hidden={view !== 'map'}
        >
          {map}
          <Legend />
        </div>
        {view !== 'map' && (
          <div
            className="explore__pane"
            role="tabpanel"
            id={panelId(view)}
            aria-labelledby={tabId(view)}
          >
            <Suspense fallback={<p className="muted explore__loading">{t('loading')}</p>}>
              {view === 'table' ? <TableView /> : <CompareView />}
            </Suspense>
          </div>
        )}
      </div>
      <Timeline height={height} />
    </div>
  );
}
