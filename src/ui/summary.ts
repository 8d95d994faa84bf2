/**
 * Short texts about the current view, shared by the embedded layout, the
 * presentation and exported images: its title and a summary of the filters.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Filters } from '../domain/filters';
import { formatNames, formatYears, type Lang } from '../domain/format';
import { translate } from '../i18n/messages';
import type { Selection } from '../domain/selection';
import { endName, regionName } from '../i18n/placeNames';

export { endName, regionName };

/** The selected region, pair or flow by name ("Sichuan — Zhejiang"), or null when nothing is selected. */
export function selectionTitle(index: AtlasIndex, selection: Selection, lang: Lang): string | null {
  if (!selection) return null;
  if (selection.kind === 'region') return regionName(index, selection.id, lang);
  if (selection.kind === 'flow') {
    return translate(lang, 'linkBetween', {
      a: endName(index, selection.a, lang),
      b: endName(index, selection.b, lang),
    });
  }
  return translate(lang, 'linkBetween', {
    a: regionName(index, selection.a, lang),
    b: regionName(index, selection.b, lang),
  });
}

/** "2016–2024 · 纺织, 电子信息" / "2014–2024 · All sectors": what the filters show. */
export function filterSummary(index: AtlasIndex, filters: Filters, lang: Lang): string {
  const years = formatYears(filters.years ?? index.years);
  const names = filters.sectors.map((id) => index.sectorById.get(id)?.name[lang] ?? id);
  const sectors = names.length ? formatNames(names, lang) : translate(lang, 'allSectors');
  return `${years} · ${sectors}`;
}

/** The distinct sources of the given articles, in the language, joined for a source line. */
export function sourceList(
  articles: readonly { source: { zh: string; en: string } }[],
  lang: Lang,
): string {
  const names = [...new Set(articles.map((a) => a.source[lang]))];
  return names.join(lang === 'zh' ? '；' : '; ');
}
