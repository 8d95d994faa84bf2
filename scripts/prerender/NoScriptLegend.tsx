/**
 * The legend of the page without JavaScript: the rows of the shared legend model
 * (`ui/legend.ts`, evaluated from the maps' style and sized by what the baked picture
 * draws, as the page, the embedded atlas and the exports show it) in the page legend's
 * disclosure box, open. The symbols are the page's own (`LegendSymbol`) but for the
 * activity ramp, drawn as an SVG gradient: the page's policy forbids `style` attributes.
 */
import type { Lang } from '../../src/domain/format';
import { translate } from '../../src/i18n/messages';
import { legendFacts, legendStyle } from '../../src/mapmodel/legend';
import type { MapFeatures } from '../../src/mapmodel/mapFeatures';
import { svgStyle } from '../../src/mapmodel/style/read';
import { legendRows, type LegendRow } from '../../src/ui/legend';
import { LegendSymbol } from '../../src/ui/LegendSymbol';

function Symbol({ row, id }: { row: LegendRow; id: string }) {
  if (row.kind === 'ramp') {
    const last = row.colours.length - 1;
    return (
      <svg width="46" height="12" aria-hidden="true">
        <defs>
          <linearGradient id={id}>
            {row.colours.map((c, i) => (
              <stop key={c} offset={last > 0 ? i / last : 0} stopColor={c} />
            ))}
          </linearGradient>
        </defs>
        <rect x="0.5" y="1.5" width="45" height="9" rx="2" fill={`url(#${id})`} />
      </svg>
    );
  }
  return <LegendSymbol row={row} />;
}

/** The open legend, in `lang` and the light theme, of what the baked picture draws. */
export function NoScriptLegend({ features, lang }: { features: MapFeatures; lang: Lang }) {
  const facts = legendFacts(features);
  const rows = legendRows(lang, legendStyle(svgStyle(lang, 'light'), facts), facts);
  return (
    <details className="legend" open>
      <summary>{translate(lang, 'exploreLegend')}</summary>
      <div className="legend__body">
        {rows.map((row, i) => (
          <p className="legend__row" key={row.kind}>
            <Symbol row={row} id={`ff-legend-${i}`} />
            <span>
              {row.label}
              {row.kind === 'ramp' ? ` (${row.few} → ${row.many})` : ''}
            </span>
          </p>
        ))}
      </div>
    </details>
  );
}
