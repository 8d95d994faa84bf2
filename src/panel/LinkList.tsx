import type { AtlasIndex } from '../domain/atlasIndex';
import { articleCount } from '../domain/details';
import { formatYears } from '../domain/format';
import type { Link } from '../domain/select';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { pageOf, ShowMore, usePaged } from '../ui/ShowMore';

/**
 * Links as buttons that select the pair, each with its years and the count the list is
 * ordered by: its events, or (`by="articles"`, the overview's top links, `topLinks`) the
 * articles that report it. A list ranked by articles that showed event counts read as
 * unsorted ("4 events" above "12 events").
 */
export function LinkList({
  index,
  title,
  links,
  by = 'events',
}: {
  index: AtlasIndex;
  title: string;
  links: readonly Link[];
  by?: 'events' | 'articles';
}) {
  const { t, pick } = useT();
  const select = useAtlasStore((s) => s.select);
  const paged = usePaged(links);
  if (links.length === 0) return null;
  const name = (id: string) => {
    const region = index.regionById.get(id);
    return region ? pick(region.name) : id;
  };
  return (
    <section className="section">
      <h3>{title}</h3>
      <ul className="link-list">
        {pageOf(links, paged).map((l) => (
          <li key={l.id}>
            <button type="button" onClick={() => select({ kind: 'pair', a: l.a, b: l.b })}>
              <span className="pair-name">
                {l.direction
                  ? `${name(l.direction.from)} → ${name(l.direction.to)}`
                  : t('linkBetween', { a: name(l.a), b: name(l.b) })}
              </span>
              <span className="meta">
                {formatYears(l.years)} ·{' '}
                {by === 'articles'
                  ? t('articlesCount', { n: articleCount(l) })
                  : t('eventsCount', { n: l.events.length })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ShowMore paged={paged} />
    </section>
  );
}
