/** Accessible names of the SVG map's regions and links, with their event counts under the filters. */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Lang } from '../domain/format';
import type { FilteredView } from '../domain/select';
import { translate } from '../i18n/messages';
import { PAIR_SEPARATOR } from '../domain/pairs';
import { isMergedFlowId, parseEnd } from '../domain/selection';
import { endName } from '../i18n/placeNames';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import type { MapTarget } from '../mapmodel/targets';

/**
 * A function naming a region or link in `lang`, e.g. "荣昌区，8 个事件" or "浙江省 → 阿坝州，5 个事件".
 * A merged flow is counted from the drawn `features` (its distinct events), not by walking
 * the view's records again for every flow.
 */
export function targetNamer(
  index: AtlasIndex,
  view: FilteredView,
  features: MapFeatures | null,
  lang: Lang,
): (target: NonNullable<MapTarget>) => string {
  const links = new Map(view.links.map((l) => [l.id, l]));
  const flowEvents = new Map(
    features?.arcs.features.map((f) => [f.properties.key, f.properties.count]) ?? [],
  );
  const name = (id: string) => index.regionById.get(id)?.name[lang] ?? id;
  const events = (n: number) => translate(lang, 'tooltipEvents', { n });
  return (target) => {
    if (target.kind === 'region') {
      const n = view.activity.get(target.id) ?? 0;
      return translate(lang, 'svgmapRegion', { name: name(target.id), events: events(n) });
    }
    if (isMergedFlowId(target.id)) {
      const [a, b] = target.id.split(PAIR_SEPARATOR).map(parseEnd);
      if (!a || !b) return target.id;
      const title = translate(lang, 'linkBetween', {
        a: endName(index, a, lang),
        b: endName(index, b, lang),
      });
      return translate(lang, 'svgmapLink', {
        link: title,
        events: events(flowEvents.get(target.id) ?? 0),
      });
    }
    const link = links.get(target.id);
    if (!link) return target.id;
    const title = link.direction
      ? translate(lang, 'tooltipDirected', {
          from: name(link.direction.from),
          to: name(link.direction.to),
        })
      : translate(lang, 'linkBetween', { a: name(link.a), b: name(link.b) });
    return translate(lang, 'svgmapLink', { link: title, events: events(link.events.length) });
  };
}
