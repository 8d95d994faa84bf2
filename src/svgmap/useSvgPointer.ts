/**
 * Pointer, wheel and keyboard on the SVG map: drag to pan, wheel or double
 * click to zoom, arrows and +/− on the keyboard (as MapLibre's handlers do),
 * click, Enter or Space on a region or link to select it, hover for the tooltip.
 * The pointer finds its target by the map's one rule (`pick.ts`).
 */
import { useEffect, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { MapTarget } from '../mapmodel/targets';
import { panBy, zoomAround } from '../mapmodel/camera';
import { getSvgView, moveSvgCamera } from './viewStore';
import { pickSvg, targetOf } from './pick';

/** Pixels a pointer may move between down and up and still click. */
const CLICK_SLOP = 4;
/** Pixels one arrow key pans, as MapLibre's keyboard handler. */
const KEY_PAN = 100;

/** What the map does with the user's intent. */
export interface PointerActions {
  select(target: MapTarget): void;
  hover(target: MapTarget, x: number, y: number): void;
}

function zoomBy(delta: number, anchor?: readonly [number, number]): void {
  const { camera, size, limits } = getSvgView();
  if (!camera || !size) return;
  const at = anchor ?? [size.width / 2, size.height / 2];
  moveSvgCamera(zoomAround(camera, size, camera.zoom + delta, at, limits));
}

/** Zooms the SVG map in (+1) or out (−1) about its centre. */
export function zoomSvg(delta: number): void {
  zoomBy(delta);
}

interface Drag {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly target: EventTarget | null;
  moved: boolean;
  lastX: number;
  lastY: number;
}

/** Event handlers for the `<svg>`; the wheel is bound here (it must be non-passive to stop the page scrolling). */
export function useSvgPointer(svg: RefObject<SVGSVGElement | null>, actions: PointerActions) {
  const drag = useRef<Drag | null>(null);
  const local = (e: { clientX: number; clientY: number }): [number, number] => {
    const rect = svg.current?.getBoundingClientRect();
    return [e.clientX - (rect?.left ?? 0), e.clientY - (rect?.top ?? 0)];
  };
  const localAt = (clientX: number, clientY: number) => local({ clientX, clientY });

  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const pixels = e.deltaY * (e.deltaMode === 1 ? 40 : e.deltaMode === 2 ? 400 : 1);
      const rect = element.getBoundingClientRect();
      zoomBy(Math.max(-1, Math.min(1, -pixels / 300)), [
        e.clientX - rect.left,
        e.clientY - rect.top,
      ]);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [svg]);

  return {
    onPointerDown(e: PointerEvent<SVGSVGElement>) {
      if (e.button !== 0) return;
      const [x, y] = [e.clientX, e.clientY];
      drag.current = { id: e.pointerId, x, y, target: e.target, moved: false, lastX: x, lastY: y };
    },
    onPointerMove(e: PointerEvent<SVGSVGElement>) {
      const d = drag.current;
      if (d && d.id === e.pointerId) {
        const [dx, dy] = [e.clientX - d.x, e.clientY - d.y];
        if (!d.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
        if (!d.moved) {
          d.moved = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          actions.hover(null, 0, 0);
        }
        const { camera, size, limits } = getSvgView();
        const [mx, my] = [e.clientX - d.lastX, e.clientY - d.lastY];
        [d.lastX, d.lastY] = [e.clientX, e.clientY];
        if (camera && size) moveSvgCamera(panBy(camera, size, mx, my, limits));
        return;
      }
      const [x, y] = local(e);
      const target = pickSvg(e.target, x, y);
      // As on the WebGL map: the pointer shows what a click would select.
      e.currentTarget.style.cursor = target ? 'pointer' : '';
      actions.hover(target, x, y);
    },
    onPointerUp(e: PointerEvent<SVGSVGElement>) {
      const d = drag.current;
      drag.current = null;
      if (!d || d.id !== e.pointerId) return;
      if (d.moved) e.currentTarget.releasePointerCapture(e.pointerId);
      else actions.select(pickSvg(d.target, ...localAt(d.x, d.y)));
    },
    onPointerCancel() {
      drag.current = null;
    },
    onPointerLeave() {
      if (!drag.current) actions.hover(null, 0, 0);
    },
    onDoubleClick(e: { clientX: number; clientY: number }) {
      zoomBy(1, local(e));
    },
    onKeyDown(e: KeyboardEvent<SVGSVGElement>) {
      const target = targetOf(e.target);
      if ((e.key === 'Enter' || e.key === ' ') && target) {
        e.preventDefault();
        actions.select(target);
        return;
      }
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [KEY_PAN, 0],
        ArrowRight: [-KEY_PAN, 0],
        ArrowUp: [0, KEY_PAN],
        ArrowDown: [0, -KEY_PAN],
      };
      const step = pan[e.key];
      if (step) {
        const { camera, size, limits } = getSvgView();
        if (camera && size) moveSvgCamera(panBy(camera, size, step[0], step[1], limits));
      } else if (e.key === '+' || e.key === '=') zoomBy(1);
      else if (e.key === '-' || e.key === '_') zoomBy(-1);
      else return;
      e.preventDefault();
    },
  };
}
