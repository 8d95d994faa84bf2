/**
 * Words for what the map shows and for what just changed: the map's text
 * alternative ("24 regions and 52 links, 2014–2024; sectors: …") and the
 * polite announcements of selection and filter changes. Pure: (atlas, view, language) in, text out.
 */
import { countBySector } from '../domain/aggregates';
import type { AtlasIndex } from '../domain/atlasIndex';
import { formatYears, type Lang } from '../domain/format';
import { pairKey, type FilteredView } from '../domain/select';
import { translate } from '../i18n/messages';
import { selectFlowDetails } from '../domain/flowDetails';
import type { Selection } from '../domain/selection';
import { selectionTitle } from '../ui/summary';
import { busiestRegions, linkItem, listCounts, type LinkItem } from './listItems';

/** Most sectors, regions named in one sentence before "and N more". */
const NAMED = 3;

/** "重庆市 — 四川省", "浙江省 → 阿坝藏族羌族自治州": a link's name in a language. */
export function linkName(item: Pick<LinkItem, 'link' | 'from' | 'to'>, lang: Lang): string {
  if (item.link.direction) return `${item.from.name[lang]} → ${item.to.name[lang]}`;
  return translate(lang, 'linkBetween', { a: item.from.name[lang], b: item.to.name[lang] });
}

function joinNames(names: readonly string[], total: number, lang: Lang): string {
  const list = names.join(translate(lang, 'a11yListSeparator'));
  return total > names.length
    ? translate(lang, 'a11yMoreSectors', { list, n: total - names.length })
    : list;
}

/** The sectors of the view: those filtered on, else the busiest ones and how many more. */
function sectorText(index: AtlasIndex, view: FilteredView, lang: Lang): string {
  const name = (id: string) => index.sectorById.get(id)?.name[lang] ?? id;
  if (view.filters.sectors.length > 0) return joinNames(view.filters.sectors.map(name), 0, lang);
  const counts = [...countBySector(view.events)].sort(
    ([a, x], [b, y]) => y - x || (a < b ? -1 : 1),
  );
  if (counts.length === 0) return translate(lang, 'a11yNoSectors');
  return joinNames(
    counts.slice(0, NAMED).map(([id]) => name(id)),
    counts.length,
    lang,
  );
}

/** The map's text alternative: one to three sentences that follow the filters. */
export function describeMap(index: AtlasIndex, view: FilteredView, lang: Lang): string[] {
  const years = formatYears(view.filters.years ?? index.years);
  const sectors = sectorText(index, view, lang);
  const counts = listCounts(index, view);
  if (view.events.length === 0) return [translate(lang, 'a11yMapEmpty', { years, sectors })];
  const out = [
    translate(lang, 'a11yMapDescription', {
      years,
      sectors,
      regions: translate(lang, 'regionsCount', { n: counts.regions }),
      links: translate(lang, 'linksCount', { n: counts.links }),
    }),
  ];
  const busiest = busiestRegions(index, view, NAMED).filter((r) => r.activity > 0);
  if (busiest.length > 0) {
    const list = busiest
      .map((r) => translate(lang, 'a11yCountIn', { name: r.region.name[lang], n: r.activity }))
      .join(translate(lang, 'a11yListSeparator'));
    out.push(translate(lang, 'a11yMapBusiest', { list }));
  }
  // Links come busiest first: the first with both ends known is the list's first.
  let top: LinkItem | null = null;
  for (const link of view.links) if ((top = linkItem(index, link))) break;
  if (top) {
    out.push(
      translate(lang, 'a11yMapTopLink', {
        link: linkName(top, lang),
        events: translate(lang, 'eventsCount', { n: top.link.events.length }),
      }),
    );
  }
  return out;
}

/** What a screen reader hears when the selection changes. */
export function selectionMessage(
  index: AtlasIndex,
  view: FilteredView,
  selection: Selection,
  lang: Lang,
): string {
  if (!selection) return translate(lang, 'a11yAnnounceCleared');
  if (selection.kind === 'region') {
    const region = index.regionById.get(selection.id);
    const n = view.activity.get(selection.id) ?? 0;
    return translate(lang, 'a11yAnnounceRegion', {
      name: region?.name[lang] ?? selection.id,
      events: translate(lang, 'eventsCount', { n }),
    });
  }
  if (selection.kind === 'flow') {
    const flow = selectFlowDetails(index, view, selection.a, selection.b);
    return translate(lang, 'a11yAnnounceFlow', {
      name: selectionTitle(index, selection, lang) ?? '',
      links: translate(lang, 'flowLinksCount', { n: flow.links.length }),
      events: translate(lang, 'eventsCount', { n: flow.events.length }),
    });
  }
  const key = pairKey(selection.a, selection.b);
  const link = view.links.find((l) => l.id === key);
  const item = link ? linkItem(index, link) : null;
  const a = index.regionById.get(selection.a)?.name[lang] ?? selection.a;
  const b = index.regionById.get(selection.b)?.name[lang] ?? selection.b;
  return translate(lang, 'a11yAnnouncePair', {
    name: item ? linkName(item, lang) : translate(lang, 'linkBetween', { a, b }),
    events: translate(lang, 'eventsCount', { n: item?.link.events.length ?? 0 }),
  });
}

/** What a screen reader hears when the filters change. */
export function filterMessage(index: AtlasIndex, view: FilteredView, lang: Lang): string {
  const { regions, links } = listCounts(index, view);
  return translate(lang, 'a11yAnnounceFilters', {
    regions: translate(lang, 'regionsCount', { n: regions }),
    links: translate(lang, 'linksCount', { n: links }),
    events: translate(lang, 'eventsCount', { n: view.events.length }),
  });
}
