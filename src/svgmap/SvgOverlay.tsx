/**
 * Links, arrows, region markers and labels of the SVG map, in screen pixels.
 * Each link and each shown region is a real element: focusable, named for
 * screen readers, selectable by click, Enter or Space (see `useSvgPointer`).
 */
import { memo } from 'react';
import type { MapTarget } from '../mapmodel/targets';
import type { Overlay } from '../mapmodel/overlay';

// The arrowhead of `map/arrow.ts` (a 20-pixel icon at size 1), about its centre, pointing north.
const ARROW = 'M0,-7L6.5,6L-6.5,6Z';

/** What the overlay needs besides its shapes. */
export interface SvgOverlayProps {
  readonly overlay: Overlay;
  readonly selected: MapTarget;
  /** Accessible name of a region or a link. */
  readonly name: (target: NonNullable<MapTarget>) => string;
  /** Font family of the labels. */
  readonly font: string;
}

function isSelected(selected: MapTarget, kind: 'region' | 'link', id: string): boolean {
  return selected?.kind === kind && selected.id === id;
}

/** The overlay group. */
export const SvgOverlay = memo(function SvgOverlay({
  overlay,
  selected,
  name,
  font,
}: SvgOverlayProps) {
  return (
    <>
      <g className="svgmap__links" strokeLinecap="round" strokeLinejoin="round" fill="none">
        {overlay.arcs.map((a) => (
          <g
            key={a.key}
            role="button"
            tabIndex={0}
            aria-label={name({ kind: 'link', id: a.key })}
            aria-pressed={isSelected(selected, 'link', a.key)}
            data-link={a.key}
            className="svgmap__link"
          >
            <path
              d={a.d}
              stroke={a.casing.colour}
              strokeOpacity={a.casing.opacity}
              strokeWidth={a.casing.width}
            />
            <path
              className="svgmap__arc"
              d={a.d}
              stroke={a.colour}
              strokeOpacity={a.opacity}
              strokeWidth={a.width}
            />
            <path d={a.d} stroke="transparent" strokeWidth={a.hitWidth} />
          </g>
        ))}
      </g>
      <Arrows overlay={overlay} />
      <g className="svgmap__markers">
        {overlay.markers.map((m) => (
          <g
            key={m.id}
            role="button"
            tabIndex={0}
            aria-label={name({ kind: 'region', id: m.id })}
            aria-pressed={isSelected(selected, 'region', m.id)}
            data-region={m.id}
            className="svgmap__marker"
          >
            {m.radius > 0 ? (
              <circle
                cx={m.x}
                cy={m.y}
                r={m.radius}
                fill={m.fill}
                stroke={m.stroke}
                strokeWidth={m.strokeWidth}
              />
            ) : null}
            {/* A click within the pick tolerance of the marker selects it, as on the WebGL map. */}
            <circle cx={m.x} cy={m.y} r={Math.max(m.radius, 4) + 4} fill="transparent" />
          </g>
        ))}
      </g>
      <g className="svgmap__labels" fontFamily={font} aria-hidden="true">
        {overlay.labels.map((l) => (
          <text
            key={`${l.layer}:${l.id}`}
            x={l.x}
            y={l.y}
            textAnchor={l.textAnchor}
            dominantBaseline="central"
            fontSize={l.size}
            letterSpacing={l.letterSpacing ? `${l.letterSpacing}em` : undefined}
            fill={l.colour}
            stroke={l.halo}
            strokeWidth={l.haloWidth * 2}
            strokeLinejoin="round"
            paintOrder="stroke"
            data-region={l.layer === 'region' ? l.id : undefined}
            data-province={l.layer === 'province' ? l.id : undefined}
            pointerEvents={l.layer === 'region' ? undefined : 'none'}
          >
            {l.text}
          </text>
        ))}
      </g>
    </>
  );
});

/** The arrowheads of directed links. */
export function Arrows({ overlay }: { overlay: Overlay }) {
  return (
    <g className="svgmap__arrows" aria-hidden="true" pointerEvents="none">
      {overlay.arrows.map((a) => (
        <path
          key={a.key}
          d={ARROW}
          fill={a.colour}
          transform={`translate(${a.x} ${a.y}) rotate(${a.bearing}) scale(${a.scale})`}
        />
      ))}
    </g>
  );
}
