import { useMemo } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { selectFlowDetails } from '../domain/flowDetails';
import { formatYears } from '../domain/format';
import type { FilteredView } from '../domain/select';
import type { FlowEndRef } from '../domain/selection';
import { useT } from '../i18n/useT';
import { ArticleList } from '../ui/ArticleList';
import { EventList } from '../ui/EventList';
import { endName } from '../ui/summary';
import { LinkList } from './LinkList';
import { PanelHead } from './PanelHead';

/** A merged flow: what it holds (its links, events and articles), each link selectable. */
export function FlowPanel({
  index,
  view,
  a,
  b,
}: {
  index: AtlasIndex;
  view: FilteredView;
  a: FlowEndRef;
  b: FlowEndRef;
}) {
  const { t, lang } = useT();
  const flow = useMemo(() => selectFlowDetails(index, view, a, b), [index, view, a, b]);
  const title = t('linkBetween', { a: endName(index, a, lang), b: endName(index, b, lang) });
  return (
    <div className="panel-body">
      <PanelHead
        eyebrow={`${t('flowPanelKind')}${flow.years ? ` · ${formatYears(flow.years)}` : ''}`}
        title={title}
      >
        <p className="subtitle">
          {t('flowLinksCount', { n: flow.links.length })} ·{' '}
          {t('eventsCount', { n: flow.events.length })}
        </p>
      </PanelHead>
      {flow.links.length === 0 ? (
        <p className="muted">{t('linkHidden')}</p>
      ) : (
        <p className="muted">{t('flowPanelHint')}</p>
      )}
      <LinkList index={index} title={t('flowPanelLinks')} links={flow.links} />
      <EventList index={index} events={flow.events} />
      <ArticleList articles={flow.articles} />
    </div>
  );
}
