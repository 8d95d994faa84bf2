/**
 * The SVG map's links, arrows, markers and labels drawn for a file (the vector
 * export): the same shapes as `SvgOverlay` without its interactive parts (hit
 * areas, focus, roles), and each label's halo a text of its own under the
 * label, since Illustrator and PDF converters ignore `paint-order`. Labels sit
 * on their alphabetic baseline where `dominant-baseline: central` puts it on
 * screen, since Illustrator and librsvg ignore `dominant-baseline`.
 */
import type { Overlay } from '../mapmodel/overlay';
import { Arrows } from './SvgOverlay';

/** How far below a label's middle its baseline is, in ems: half of Noto Sans SC's line box less its descent. */
const CENTRAL = 0.435;

/** The overlay as a picture in a file: the same shapes, without the interactive parts. */
export function FileOverlay({ overlay, font }: { overlay: Overlay; font: string }) {
  return (
    <>
      <g className="svgmap__links" strokeLinecap="round" strokeLinejoin="round" fill="none">
        {overlay.arcs.map((a) => (
          <g key={a.key} data-link={a.key}>
            <path
              d={a.d}
              stroke={a.casing.colour}
              strokeOpacity={a.casing.opacity}
              strokeWidth={a.casing.width}
            />
            <path d={a.d} stroke={a.colour} strokeOpacity={a.opacity} strokeWidth={a.width} />
          </g>
        ))}
      </g>
      <Arrows overlay={overlay} />
      <g className="svgmap__markers">
        {overlay.markers.map((m) =>
          m.radius > 0 ? (
            <circle
              key={m.id}
              cx={m.x}
              cy={m.y}
              r={m.radius}
              fill={m.fill}
              stroke={m.stroke}
              strokeWidth={m.strokeWidth}
              data-region={m.id}
            />
          ) : null,
        )}
      </g>
      <g className="svgmap__labels" fontFamily={font}>
        {overlay.labels.map((l) => {
          const text = {
            x: l.x,
            y: Math.round((l.y + CENTRAL * l.size) * 10) / 10,
            textAnchor: l.textAnchor,
            fontSize: l.size,
            letterSpacing: l.letterSpacing ? `${l.letterSpacing}em` : undefined,
          } as const;
          return (
            <g key={`${l.layer}:${l.id}`} data-region={l.layer === 'region' ? l.id : undefined}>
              <text
                {...text}
                fill="none"
                stroke={l.halo}
                strokeWidth={l.haloWidth * 2}
                strokeLinejoin="round"
                aria-hidden="true"
              >
                {l.text}
              </text>
              <text {...text} fill={l.colour}>
                {l.text}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
}
