/**
 * The legend of the page without JavaScript: the rows of the shared legend model
 * (`ui/legend.ts`, as the embedded atlas and the exported images show it) in the page
 * legend's disclosure box, open. Without a `style` attribute (the page's policy forbids
 * inline styles): the activity ramp is an SVG gradient.
 */
import type { Lang } from '../../src/domain/format';
import type { FilteredView } from '../../src/domain/select';
import { translate } from '../../src/i18n/messages';
import { legendRows, type LegendRow } from '../../src/ui/legend';

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
  return (
    <svg width="46" height="14" aria-hidden="true">
      {row.kind === 'line' ? (
        <path
          d="M4 11 Q23 1 42 11"
          fill="none"
          stroke={row.colour}
          strokeWidth="3.5"
          strokeLinecap="round"
        />
      ) : null}
      {row.kind === 'arrow' ? <path d="M30 7 L18 1.5 L18 12.5 Z" fill={row.colour} /> : null}
      {row.kind === 'point' ? (
        <circle cx="23" cy="7" r="5" fill={row.fill} stroke={row.stroke} strokeWidth="1.5" />
      ) : null}
    </svg>
  );
}

/** The open legend, in `lang`, for the default view. */
export function NoScriptLegend({ view, lang }: { view: FilteredView; lang: Lang }) {
  const rows = legendRows(view, lang, 'light');
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
