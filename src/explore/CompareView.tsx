import { useMemo } from 'react';
import { SCROLL_ROOT } from '../ui/ShowMore';
import { compareRegions } from '../domain/compare';
import type { RegionId } from '../domain/schema';
import { useT } from '../i18n/useT';
import { useFilteredView, useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { CompareColumn } from './CompareColumn';
import { CompareSectors } from './CompareSectors';
import { RegionPicker } from './RegionPicker';
import './compare.css';

/**
 * The compare tab: two regions side by side under the current filters — their
 * sectors (a butterfly chart), what they share, and each one's articles,
 * events and figures.
 */
export default function CompareView() {
  const { t, pick } = useT();
  const index = useIndex();
  const view = useFilteredView();
  const ids = useAtlasStore((s) => s.compare);
  const setCompare = useAtlasStore((s) => s.setCompare);
  const [a = null, b = null] = ids;
  const comparison = useMemo(
    () => (index && view && a && b ? compareRegions(index, view, a, b) : null),
    [index, view, a, b],
  );
  if (!index || !view) return null;
  const set = (side: 0 | 1, id: RegionId | null) => {
    const next = side === 0 ? [id, b] : [a, id];
    setCompare(next.filter((x, i): x is RegionId => x !== null && next.indexOf(x) === i));
  };
  return (
    <div {...SCROLL_ROOT} className="compare-view">
      <div className="compare-view__pickers">
        <RegionPicker
          index={index}
          label={t('exploreCompareFirst')}
          value={a}
          onChange={(id) => set(0, id)}
        />
        <button
          type="button"
          className="compare-view__swap"
          aria-label={t('exploreCompareSwap')}
          title={t('exploreCompareSwap')}
          disabled={!a || !b}
          onClick={() => a && b && setCompare([b, a])}
        >
          ⇄
        </button>
        <RegionPicker
          index={index}
          label={t('exploreCompareSecond')}
          value={b}
          onChange={(id) => set(1, id)}
          autoFocus={a !== null && b === null}
        />
      </div>
      {!comparison ? (
        <p className="muted compare-view__hint">{t('exploreCompareHint')}</p>
      ) : (
        <>
          <h2 className="visually-hidden">
            {t('exploreCompareTitle', {
              a: pick(comparison.a.region.name),
              b: pick(comparison.b.region.name),
            })}
          </h2>
          <CompareSectors index={index} comparison={comparison} />
          <p className="compare-view__shared">
            {t('exploreCompareShared', {
              events: comparison.sharedEvents.length,
              articles: comparison.sharedArticles.length,
            })}
          </p>
          <div className="compare-view__columns">
            <CompareColumn index={index} details={comparison.a} />
            <CompareColumn index={index} details={comparison.b} />
          </div>
        </>
      )}
    </div>
  );
}
