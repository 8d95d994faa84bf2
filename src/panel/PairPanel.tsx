import { useMemo } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { selectPairDetails } from '../domain/details';
import { formatYears } from '../domain/format';
import type { FilteredView } from '../domain/select';
import { directionKey } from '../i18n/direction';
import { useT } from '../i18n/useT';
import { ArticleList } from '../ui/ArticleList';
import { EventList } from '../ui/EventList';
import { FigureList } from '../ui/FigureList';
import { Ledger } from './Ledger';
import { PanelHead } from './PanelHead';

/** A link: the two regions, their events, figures about both, and articles. */
export function PairPanel({
  index,
  view,
  a,
  b,
}: {
  index: AtlasIndex;
  view: FilteredView;
  a: string;
  b: string;
}) {
  const { t, pick } = useT();
  const details = useMemo(() => selectPairDetails(index, view, a, b), [index, view, a, b]);
  if (!details) return null;
  const { link } = details;
  const title = link?.direction
    ? t(directionKey(link.direction.term), {
        from: pick((link.direction.from === details.a.id ? details.a : details.b).name),
        to: pick((link.direction.to === details.a.id ? details.a : details.b).name),
      })
    : t('linkBetween', { a: pick(details.a.name), b: pick(details.b.name) });
  return (
    <div className="panel-body">
      <PanelHead
        eyebrow={`${t('links')}${link ? ` · ${formatYears(link.years)}` : ''}`}
        title={title}
      >
        {link && <p className="subtitle">{t('eventsCount', { n: link.events.length })}</p>}
      </PanelHead>
      {!link && <p className="muted">{t('linkHidden')}</p>}
      <Ledger index={index} a={details.a.id} b={details.b.id} />
      <EventList index={index} events={link?.events ?? []} />
      <FigureList figures={details.figures} />
      <ArticleList articles={details.articles} />
    </div>
  );
}
