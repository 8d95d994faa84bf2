import { lazy, Suspense, useEffect, useRef } from 'react';
import { usePanelFocus } from '../ui/usePanelFocus';
import { SCROLL_ROOT } from '../ui/ShowMore';
import { useT } from '../i18n/useT';
import { useFilteredView, useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { FlowPanel } from './FlowPanel';
import { Overview } from './Overview';
import { PairPanel } from './PairPanel';
import { RegionPanel } from './RegionPanel';

const Reader = lazy(() => import('./Reader'));

/** The side panel (a bottom sheet on phones): overview, region, pair, or the article reader. */
export function Panel() {
  const { t } = useT();
  const index = useIndex();
  const view = useFilteredView();
  const selection = useAtlasStore((s) => s.selection);
  const article = useAtlasStore((s) => s.article);
  const heading = useRef<HTMLDivElement>(null);
  // Back to the top for a new selection, only when scrolled: scrolling lays the page out
  // at once, in the middle of the change, where a panel at the top needs nothing.
  const scrolled = useRef(false);
  useEffect(() => {
    if (scrolled.current) heading.current?.scrollTo({ top: 0 });
  }, [selection]);
  usePanelFocus(heading, selection, article);
  if (!index || !view) return null;
  return (
    <aside
      {...SCROLL_ROOT}
      className="panel"
      id="panel"
      aria-label={t('a11yPanelLabel')}
      ref={heading}
      onScroll={(e) => (scrolled.current = e.currentTarget.scrollTop > 0)}
    >
      {article ? (
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          <Reader index={index} article={article} />
        </Suspense>
      ) : selection?.kind === 'region' ? (
        <RegionPanel index={index} view={view} id={selection.id} />
      ) : selection?.kind === 'pair' ? (
        <PairPanel index={index} view={view} a={selection.a} b={selection.b} />
      ) : selection?.kind === 'flow' ? (
        <FlowPanel index={index} view={view} a={selection.a} b={selection.b} />
      ) : (
        <Overview index={index} view={view} />
      )}
    </aside>
  );
}
