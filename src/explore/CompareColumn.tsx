import type { AtlasIndex } from '../domain/atlasIndex';
import type { RegionDetails } from '../domain/details';
import { useT } from '../i18n/useT';
import { ArticleList } from '../ui/ArticleList';
import { EventList } from '../ui/EventList';
import { FigureList } from '../ui/FigureList';
import { Stats } from '../ui/Stats';
import { useAtlasStore } from '../state/store';

/** One side of the comparison: the region's counts, then its articles, events and figures. */
export function CompareColumn({ index, details }: { index: AtlasIndex; details: RegionDetails }) {
  const { t, pick } = useT();
  const show = () => {
    const store = useAtlasStore.getState();
    store.select({ kind: 'region', id: details.region.id });
    store.setExploreView('map');
  };
  return (
    <section className="compare-column" aria-label={pick(details.region.name)}>
      <header className="compare-column__head">
        <h3>{pick(details.region.name)}</h3>
        {details.parent && <p className="meta">{pick(details.parent.name)}</p>}
        <button type="button" className="text-button" onClick={show}>
          {t('exploreShowOnMap')}
        </button>
      </header>
      <Stats
        items={[
          ['articles', details.articles.length],
          ['events', details.events.length],
          ['figures', details.figures.length],
          ['links', details.links.length],
        ]}
      />
      {details.events.length + details.figures.length === 0 && (
        <p className="muted">{t('noResults')}</p>
      )}
      <ArticleList articles={details.articles} />
      <EventList index={index} events={details.events} />
      <FigureList figures={details.figures} />
    </section>
  );
}
