/**
 * What the legend shows, shared by the embedded layout (HTML) and exported
 * images (canvas): the activity ramp, links and their width, the direction of
 * paired support when a link shows it, and place markers, in the map's colours.
 */
import type { Lang } from '../domain/format';
import type { FilteredView } from '../domain/select';
import { translate } from '../i18n/messages';
import { paletteFor, type MapTheme } from '../mapmodel/theme';

/** One row of the legend. */
export type LegendRow =
  | {
      readonly kind: 'ramp';
      readonly label: string;
      readonly colours: readonly string[];
      readonly few: string;
      readonly many: string;
    }
  | { readonly kind: 'line'; readonly label: string; readonly colour: string }
  | { readonly kind: 'arrow'; readonly label: string; readonly colour: string }
  | {
      readonly kind: 'point';
      readonly label: string;
      readonly fill: string;
      readonly stroke: string;
    };

/** The legend rows for a view, in a language and theme. */
export function legendRows(view: FilteredView, lang: Lang, theme: MapTheme): LegendRow[] {
  const c = paletteFor(theme);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const rows: LegendRow[] = [
    {
      kind: 'ramp',
      label: t('legendActivity'),
      colours: [...c.provinceActivity.slice(1, 3), ...c.regionActivity.slice(1, 4)],
      few: t('legendFew'),
      many: t('legendMany'),
    },
    { kind: 'line', label: t('legendLink'), colour: c.arc },
  ];
  if (view.links.some((l) => l.direction)) {
    rows.push({ kind: 'arrow', label: t('legendDirected'), colour: c.arc });
  }
  rows.push({ kind: 'point', label: t('legendPlace'), fill: c.point, stroke: c.pointStroke });
  return rows;
}
