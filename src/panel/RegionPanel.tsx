import { useMemo } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { selectRegionDetails } from '../domain/details';
import type { FilteredView } from '../domain/select';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { CompareButton } from './CompareButton';
import { ArticleList } from '../ui/ArticleList';
import { EventList } from '../ui/EventList';
import { FigureList } from '../ui/FigureList';
import { LinkList } from './LinkList';
import { PanelHead } from './PanelHead';
import { Stats } from '../ui/Stats';

const LEVEL: Record<string, MessageKey> = {
  province: 'levelProvince',
  prefecture: 'levelPrefecture',
  county: 'levelCounty',
};

/** A region: name, parent, counts, articles, events in date order, statistics, links. */
export function RegionPanel({
  index,
  view,
  id,
}: {
  index: AtlasIndex;
  view: FilteredView;
  id: string;
}) {
  const { t, pick, lang } = useT();
  const details = useMemo(() => selectRegionDetails(index, view, id), [index, view, id]);
  if (!details) return null;
  const { region, parent } = details;
  const other = lang === 'zh' ? region.name.en : region.name.zh;
  return (
    <div className="panel-body">
      <PanelHead
        eyebrow={[
          t(LEVEL[region.level] ?? 'levelCounty'),
          parent ? `${t('parent')} ${pick(parent.name)}` : '',
        ]
          .filter(Boolean)
          .join(' · ')}
        title={pick(region.name)}
      >
        <p className="subtitle" lang={lang === 'zh' ? 'en' : 'zh-Hans'}>
          {other}
        </p>
        <CompareButton id={region.id} />
      </PanelHead>
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
      <FigureList figures={details.figures} />
      <EventList index={index} events={details.events} />
      <LinkList index={index} title={t('links')} links={details.links} />
      <ArticleList articles={details.articles} />
    </div>
  );
}
