/**
 * Links, arrows, region markers and labels, in screen pixels: the SVG map's, drawn over
 * the WebGL map, and in the baked first frame and the vector files. On the SVG map (given
 * `name`) each link and each shown region is a real element: focusable, named for screen
 * readers, selectable by click, Enter or Space (see `useSvgPointer`; a pointer finds its
 * target by the model's distances, `pick.ts`, so no invisible hit shapes). Elsewhere it is a
 * picture (over the WebGL map, MapLibre's handlers pick).
 *
 * The markup is one that Illustrator, Inkscape and PDF converters read as the browser does:
 * a label's halo is a text of its own under the label (they ignore `paint-order`), and a
 * label sits on its computed alphabetic baseline (they ignore `dominant-baseline`).
 */
import { memo } from 'react';
import type { MapTarget } from '../mapmodel/targets';
import type { Overlay } from '../mapmodel/overlay';
import { ARROW_PATH } from '../mapmodel/arrows';
import { LABEL_BASELINE } from '../mapmodel/labels';
import { usePlayFade, type FadingOverlay } from './usePlayFade';

/** What the overlay needs besides its shapes. */
export interface SvgOverlayProps {
  readonly overlay: Overlay;
  readonly selected: MapTarget;
  /** Accessible name of a region or a link; without it the overlay is a picture only. */
  readonly name?: (target: NonNullable<MapTarget>) => string;
  /** Font family of the labels. */
  readonly font: string;
  /** While the timeline plays: links and markers that enter or leave fade (`usePlayFade`). */
  readonly fade?: boolean;
}

/** The class of a link or marker: its own, and whether it is fading in or out. */
function classOf(base: string, fading: FadingOverlay, key: string): string {
  if (fading.entering.has(key)) return `${base} svgmap--enter`;
  return fading.leaving.has(key) ? `${base} svgmap--leave` : base;
}

/** The attributes that make a region or link an accessible button, when the overlay is interactive. */
function buttonOf(props: SvgOverlayProps, fading: FadingOverlay, target: NonNullable<MapTarget>) {
  const { name, selected } = props;
  if (!name || fading.leaving.has(target.id)) return {};
  return {
    role: 'button',
    tabIndex: 0,
    'aria-label': name(target),
    'aria-pressed': selected?.kind === target.kind && selected.id === target.id,
  };
}

/** The overlay group. */
export const SvgOverlay = memo(function SvgOverlay(props: SvgOverlayProps) {
  const { font } = props;
  const fading = usePlayFade(props.overlay, props.fade ?? false);
  const { overlay } = fading;
  return (
    <>
      <g className="svgmap__links" strokeLinecap="round" strokeLinejoin="round" fill="none">
        {overlay.arcs.map((a) => (
          <g
            key={a.key}
            {...buttonOf(props, fading, { kind: 'link', id: a.key })}
            data-link={a.key}
            className={classOf('svgmap__link', fading, a.key)}
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
          </g>
        ))}
      </g>
      <Arrows overlay={overlay} fading={fading} />
      <g className="svgmap__markers">
        {overlay.markers.map((m) => (
          <g
            key={m.id}
            {...buttonOf(props, fading, { kind: 'region', id: m.id })}
            data-region={m.id}
            className={classOf('svgmap__marker', fading, m.id)}
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
          </g>
        ))}
      </g>
      <g className="svgmap__labels" fontFamily={font} aria-hidden="true">
        {overlay.labels.map((l) => {
          const text = {
            x: l.x,
            y: Math.round((l.y + LABEL_BASELINE * l.size) * 10) / 10,
            textAnchor: l.textAnchor,
            fontSize: l.size,
            letterSpacing: l.letterSpacing ? `${l.letterSpacing}em` : undefined,
          } as const;
          return (
            <g key={`${l.layer}:${l.id}`}>
              <text
                {...text}
                className="svgmap__halo"
                fill="none"
                stroke={l.halo}
                strokeWidth={l.haloWidth * 2}
                strokeLinejoin="round"
                pointerEvents="none"
              >
                {l.text}
              </text>
              <text
                {...text}
                fill={l.colour}
                data-region={l.layer === 'region' ? l.id : undefined}
                data-province={l.layer === 'province' ? l.id : undefined}
                pointerEvents={l.layer === 'region' ? undefined : 'none'}
              >
                {l.text}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
});

/** The arrowheads of directed links. */
export function Arrows({ overlay, fading }: { overlay: Overlay; fading?: FadingOverlay }) {
  return (
    <g className="svgmap__arrows" aria-hidden="true" pointerEvents="none">
      {overlay.arrows.map((a) => (
        <path
          key={a.key}
          className={fading ? classOf('svgmap__arrow', fading, a.key) : undefined}
          d={ARROW_PATH}
          fill={a.colour}
          transform={`translate(${a.x} ${a.y}) rotate(${a.bearing}) scale(${a.scale})`}
        />
      ))}
    </g>
  );
}
