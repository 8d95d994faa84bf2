/**
 * The legend's rows, one list for the page, the embedded atlas and every export (PNG, SVG,
 * PDF, PowerPoint): symbols evaluated from the maps' own style (`mapmodel/legend.ts`, so the
 * theme and any change of style follow), sizes sampled at what the map draws now, words in
 * the UI's language.
 */
import type { Lang } from '../domain/format';
import { translate } from '../i18n/messages';
import type { LegendFacts, LegendStyle, Sample } from '../mapmodel/legend';

/** One row of the legend. Line and point rows carry the sizes their samples are drawn at. */
export type LegendRow =
  | {
      readonly kind: 'ramp';
      readonly label: string;
      readonly colours: readonly string[];
      readonly few: string;
      readonly many: string;
    }
  | {
      readonly kind: 'line';
      readonly label: string;
      readonly colour: string;
      readonly widths: readonly number[];
    }
  | { readonly kind: 'arrow'; readonly label: string; readonly colour: string }
  | {
      readonly kind: 'point';
      readonly label: string;
      readonly fill: string;
      readonly stroke: string;
      readonly radii: readonly number[];
    };

const list = (samples: readonly Sample[]) => samples.map((s) => s.value).join(' / ');

/**
 * The legend rows of a map: activity, flows (width by events, and what is left undrawn),
 * the direction when a flow shows one (or always, with `arrow: true`, for a layout that must
 * not change), places. `facts` say what the map draws; `style` how it draws it.
 */
export function legendRows(
  lang: Lang,
  style: LegendStyle,
  facts: LegendFacts,
  arrow = facts.directed,
): LegendRow[] {
  const t = (key: Parameters<typeof translate>[1], params = {}) => translate(lang, key, params);
  const { flows, links, passing } = facts.weaker;
  const weaker = flows
    ? ` · ${t(passing ? 'legendWeakerPassing' : 'legendWeaker', { n: flows, links, passing })}`
    : '';
  const rows: LegendRow[] = [
    {
      kind: 'ramp',
      label: t('legendActivity'),
      colours: [...style.provinceRamp.slice(1, 3), ...style.regionRamp.slice(1, 4)],
      few: t('legendFew'),
      many: t('legendMany'),
    },
    {
      kind: 'line',
      label: `${t('legendFlows', { list: list(style.flow.samples) })}${weaker}`,
      colour: style.flow.colour,
      widths: style.flow.samples.map((s) => s.size),
    },
  ];
  if (arrow) rows.push({ kind: 'arrow', label: t('legendDirected'), colour: style.arrow });
  rows.push({
    kind: 'point',
    label: t('legendPlaces', { list: list(style.place.samples) }),
    fill: style.place.fill,
    stroke: style.place.stroke,
    radii: style.place.samples.map((s) => s.size),
  });
  return rows;
}
