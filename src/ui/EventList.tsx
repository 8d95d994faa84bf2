import type { AtlasIndex } from '../domain/atlasIndex';
import { formatDateSpan } from '../domain/format';
import type { AtlasEvent } from '../domain/schema';
import type { MessageKey } from '../i18n/messages';
import { directionKey } from '../i18n/direction';
import { useT } from '../i18n/useT';
import { Confidence } from './Confidence';
import { pageOf, ShowMore, usePaged } from './ShowMore';
import { SourceQuote } from './SourceQuote';
import { Count } from './Count';

/** Events in date order with type, parties, venue and the quote they come from. */
export function EventList({ index, events }: { index: AtlasIndex; events: readonly AtlasEvent[] }) {
  const { t, pick, lang } = useT();
  const paged = usePaged(events);
  if (events.length === 0) return null;
  const name = (id: string) => {
    const r = index.regionById.get(id);
    return r ? pick(r.name) : id;
  };
  return (
    <section className="section">
      <h3>
        {t('events')} <Count n={events.length} />
      </h3>
      <ol className="event-list">
        {pageOf(events, paged).map((e) => (
          <li key={`${e.article}#${e.id}`} className={`event event-${e.type}`}>
            <p className="meta">
              <time>{formatDateSpan(e.date, e.endDate, lang)}</time> ·{' '}
              <span className="event-type">{t(`eventType_${e.type}` as MessageKey)}</span>
            </p>
            <h4>{pick(e.title)}</h4>
            <Confidence value={e.confidence} />
            <p className="parties">
              {e.direction
                ? t(directionKey(e.direction.term), {
                    from: name(e.direction.from),
                    to: name(e.direction.to),
                  })
                : e.parties.map(name).join(' · ')}
              {e.venue ? ` — ${t('venue')}: ${name(e.venue)}` : ''}
            </p>
            <SourceQuote article={e.article} record={{ kind: 'event', id: e.id }} />
          </li>
        ))}
      </ol>
      <ShowMore paged={paged} />
    </section>
  );
}
