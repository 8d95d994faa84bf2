import type { AtlasIndex } from '../domain/atlasIndex';
import { formatDate, formatNames, formatValue } from '../domain/format';
import type { SearchHit } from '../domain/search';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';

const LEVEL: Record<string, MessageKey> = {
  province: 'levelProvince',
  prefecture: 'levelPrefecture',
  county: 'levelCounty',
};

/** The text of one search result: a title line and a detail line. */
export function SearchOption({ index, hit }: { index: AtlasIndex; hit: SearchHit }) {
  const { t, pick, lang } = useT();
  const name = (id: string | null) => {
    const r = id ? index.regionById.get(id) : undefined;
    return r ? pick(r.name) : '';
  };
  let title: string;
  let detail: string;
  switch (hit.kind) {
    case 'region':
      title = pick(hit.region.name);
      detail = [t(LEVEL[hit.region.level] ?? 'levelCounty'), name(hit.region.parent)]
        .filter(Boolean)
        .join(' · ');
      break;
    case 'link':
      title = t('linkBetween', { a: pick(hit.a.name), b: pick(hit.b.name) });
      detail = t('links');
      break;
    case 'article':
      title = pick(hit.article.title);
      detail =
        hit.snippet ??
        `${formatDate(hit.article.published.slice(0, 10), lang)} · ${pick(hit.article.source)}`;
      break;
    case 'event':
      title = pick(hit.event.title);
      detail = `${formatDate(hit.event.date, lang)} · ${t(`eventType_${hit.event.type}` as MessageKey)}`;
      break;
    case 'figure':
      title = `${formatValue(hit.figure.value, hit.figure.unit, hit.figure.qualifier, lang)} · ${pick(hit.figure.metric)}`;
      detail = `${t('asOf')} ${formatDate(hit.figure.asOf, lang)} · ${formatNames(hit.figure.regions.map(name), lang)}`;
      break;
  }
  return (
    <>
      <span className="search-option__title">{title}</span>
      <span className="search-option__detail">{detail}</span>
    </>
  );
}
