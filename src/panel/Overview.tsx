import type { AtlasIndex } from '../domain/atlasIndex';
import { topLinks } from '../domain/details';
import { formatYears } from '../domain/format';
import type { FilteredView } from '../domain/select';
import { useT } from '../i18n/useT';
import { ArticleList } from '../ui/ArticleList';
import { LinkList } from './LinkList';
import { Stats } from '../ui/Stats';

/** What the filters show when nothing is selected. */
export function Overview({ index, view }: { index: AtlasIndex; view: FilteredView }) {
  const { t } = useT();
  return (
    <div className="panel-body">
      <header className="panel-head">
        <p className="eyebrow">{formatYears(view.filters.years ?? index.years)}</p>
        <h2>{t('overview')}</h2>
      </header>
      <Stats
        items={[
          ['articles', view.articles.length],
          ['events', view.events.length],
          ['regions', view.involved.length],
          ['links', view.links.length],
        ]}
      />
      {view.events.length === 0 && <p className="muted">{t('noResults')}</p>}
      <p className="muted hint">{t('selectHint')}</p>
      <LinkList index={index} title={t('topLinks')} links={topLinks(view, 8)} by="articles" />
      <ArticleList articles={view.articles} />
    </div>
  );
}
