/**
 * The React overlays on the map: hover tooltip, zoom buttons, attribution line
 * and the message shown when WebGL is unavailable.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { selectFlowDetails } from '../domain/flowDetails';
import { formatCountExact, formatDate, formatYears, type Lang } from '../domain/format';
import { PAIR_SEPARATOR } from '../domain/pairs';
import { isMergedFlowId, parseEnd } from '../domain/selection';
import { endName } from '../i18n/placeNames';
import type { Weaker } from '../mapmodel/mapFeatures';
import { useAtlasStore } from '../state/store';
import type { FilteredView } from '../domain/select';
import { translate } from '../i18n/messages';
import { useHover } from '../svgmap/hoverStore';
import { reportAttributionHeight } from '../svgmap/useOverlay';

function eventCount(lang: Lang, n: number): string {
  return translate(lang, 'tooltipEvents', { n });
}

function tooltipText(index: AtlasIndex, view: FilteredView, lang: Lang, kind: string, id: string) {
  const name = (rid: string) => index.regionById.get(rid)?.name[lang] ?? rid;
  if (kind === 'region') {
    const n = view.activity.get(id) ?? 0;
    return { title: name(id), detail: eventCount(lang, n) };
  }
  if (isMergedFlowId(id)) {
    const [a, b] = id.split(PAIR_SEPARATOR).map(parseEnd);
    if (!a || !b) return null;
    const flow = selectFlowDetails(index, view, a, b);
    return {
      title: translate(lang, 'linkBetween', {
        a: endName(index, a, lang),
        b: endName(index, b, lang),
      }),
      detail: translate(lang, 'flowHolds', {
        links: translate(lang, 'flowLinksCount', { n: flow.links.length }),
        events: eventCount(lang, flow.events.length),
        years: flow.years ? formatYears(flow.years) : '',
      }),
    };
  }
  const link = view.links.find((l) => l.id === id);
  if (!link) return null;
  const title = link.direction
    ? translate(lang, 'tooltipDirected', {
        from: name(link.direction.from),
        to: name(link.direction.to),
      })
    : translate(lang, 'linkBetween', { a: name(link.a), b: name(link.b) });
  return {
    title,
    detail: eventCount(lang, link.events.length),
  };
}

/** A small label that follows the pointer over a region or link. */
export function MapTooltip({
  index,
  view,
  lang,
}: {
  index: AtlasIndex;
  view: FilteredView;
  lang: Lang;
}) {
  const { target, x, y } = useHover();
  const ref = useRef<HTMLDivElement>(null);
  const [flip, setFlip] = useState({ x: false, y: false });
  const text = target ? tooltipText(index, view, lang, target.kind, target.id) : null;
  useLayoutEffect(() => {
    const el = ref.current;
    const parent = el?.parentElement;
    if (!el || !parent) return;
    const next = {
      x: x + 14 + el.offsetWidth > parent.clientWidth,
      y: y + 14 + el.offsetHeight > parent.clientHeight,
    };
    setFlip((f) => (f.x === next.x && f.y === next.y ? f : next));
  }, [x, y, text?.title]);
  if (!text) return null;
  const style = {
    left: flip.x ? undefined : x + 14,
    right: flip.x ? `calc(100% - ${x - 10}px)` : undefined,
    top: flip.y ? undefined : y + 14,
    bottom: flip.y ? `calc(100% - ${y - 10}px)` : undefined,
  };
  return (
    <div ref={ref} className="atlas-map__tooltip" style={style} role="tooltip">
      <strong>{text.title}</strong>
      <span>{text.detail}</span>
    </div>
  );
}

/** Zoom in, zoom out and back to the fitted view. */
export function MapControls({
  lang,
  onZoomIn,
  onZoomOut,
  onReset,
}: {
  lang: Lang;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}) {
  const button = (key: 'zoomIn' | 'zoomOut' | 'resetView', glyph: string, onClick: () => void) => (
    <button
      type="button"
      className="atlas-map__button"
      onClick={onClick}
      title={translate(lang, key)}
      aria-label={translate(lang, key)}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
  return (
    <div className="atlas-map__controls" role="group" aria-label={translate(lang, 'mapControls')}>
      {button('zoomIn', '+', onZoomIn)}
      {button('zoomOut', '−', onZoomOut)}
      {button('resetView', '⤢', onReset)}
    </div>
  );
}

/**
 * Publishes the attribution's height on the map area (`--attribution-height`), so what sits
 * above it (the legend) clears it however many lines it wraps to. Only a new height is
 * published, read from the observer's entry: the note of weaker flows changes the
 * attribution's width on every filter change at 10k, and reading `offsetHeight` then and
 * setting the property restyled the whole map area (about 4 ms a change).
 */
function useAttributionHeight() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    const area = element?.closest<HTMLElement>('.map-area');
    if (!element || !area || typeof ResizeObserver === 'undefined') return;
    let published = '';
    const publish = (height: number) => {
      reportAttributionHeight(height);
      const value = `${Math.ceil(height)}px`;
      if (value === published) return;
      published = value;
      area.style.setProperty('--attribution-height', value);
    };
    publish(element.offsetHeight);
    const observer = new ResizeObserver(([entry]) =>
      publish(entry?.borderBoxSize[0]?.blockSize ?? element.offsetHeight),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      area.style.removeProperty('--attribution-height');
    };
  }, []);
  return ref;
}

/**
 * The sources and approval line, with the date of the data; and, when the map leaves weaker
 * flows undrawn, how many, with a button to the list that holds every link.
 */
export function MapAttribution({
  lang,
  dataDate,
  weaker,
}: {
  lang: Lang;
  dataDate: string;
  weaker: Weaker | null;
}) {
  const ref = useAttributionHeight();
  return (
    <div ref={ref} className="atlas-map__attribution">
      {weaker && weaker.flows > 0 ? (
        <strong className="atlas-map__capped">
          {translate(lang, weaker.passing ? 'weakerFlowsPassing' : 'weakerFlows', {
            n: formatCountExact(weaker.flows, lang),
            passing: formatCountExact(weaker.passing, lang),
          })}{' '}
          <button
            type="button"
            className="atlas-map__show-weaker"
            onClick={() => useAtlasStore.getState().setListOpen(true)}
          >
            {translate(lang, 'weakerFlowsShow')}
          </button>
          {' · '}
        </strong>
      ) : null}
      {translate(lang, 'attribution')}
      {dataDate ? (
        <>
          {' · '}
          <span className="atlas-map__date">
            {translate(lang, 'dataAsOf', { date: formatDate(dataDate, lang) })}
          </span>
        </>
      ) : null}
    </div>
  );
}

/** Shown in place of the map when WebGL is unavailable: never a blank area. */
export function MapUnavailable({ lang }: { lang: Lang }) {
  return (
    <div className="atlas-map__unavailable" role="status">
      <strong>{translate(lang, 'mapUnavailable')}</strong>
      <p>{translate(lang, 'noWebgl')}</p>
    </div>
  );
}
