import type { RegionId } from '../domain/schema';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

/** "Compare with…": opens the compare tab with this region on the left, the other side to choose. */
export function CompareButton({ id }: { id: RegionId }) {
  const { t } = useT();
  const open = () => {
    const store = useAtlasStore.getState();
    const other = store.compare.find((x) => x !== id);
    store.setCompare(other ? [id, other] : [id]);
    store.setExploreView('compare');
  };
  return (
    <button type="button" className="compare-with" onClick={open}>
      {t('exploreCompareWith')}
    </button>
  );
}
