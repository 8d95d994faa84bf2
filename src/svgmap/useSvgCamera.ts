/**
 * Keeps the SVG view store in step with the mounted SVG map: its size (on
 * resize the centre and zoom stay, as in MapLibre), its limits, the first
 * view fitted to the involved regions, the element and whether it is active.
 */
import { useEffect, useLayoutEffect, type RefObject } from 'react';
import type { LonLatBounds } from '../domain/mapFeatures';
import type { SvgBoundaries } from './boundaries';
import { constrain, DEFAULT_LIMITS } from '../mapmodel/camera';
import { fittedCamera } from '../mapmodel/fit';
import { inlineCamera } from './firstFrame';
import { getSvgView, setSvgView } from './viewStore';

interface Inputs {
  readonly boundaries: SvgBoundaries;
  readonly fitBounds: LonLatBounds;
  readonly active: boolean;
}

function measure(element: HTMLElement): void {
  const width = element.clientWidth;
  const height = element.clientHeight;
  const { size, camera, limits, fitted } = getSvgView();
  if (size && size.width === width && size.height === height) return;
  const next = { width, height };
  if (!camera) setSvgView({ size: next });
  // A view nobody has moved yet is fitted again (e.g. when the region list opens beside the map).
  else if (fitted) setSvgView({ size: next, camera: fittedCamera(fitted, next, limits), fitted });
  else setSvgView({ size: next, camera: constrain(camera, next, limits) });
}

/** Binds the SVG map's container and `<svg>` to the view store. */
export function useSvgCamera(
  container: RefObject<HTMLDivElement | null>,
  svg: RefObject<SVGSVGElement | null>,
  { boundaries, fitBounds, active }: Inputs,
): void {
  useLayoutEffect(() => {
    setSvgView({ limits: { ...DEFAULT_LIMITS, bounds: boundaries.extent } });
  }, [boundaries]);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    measure(element);
    const observer = new ResizeObserver(() => measure(element));
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);

  // The first view, in the same layout pass as the size, so the first painted frame shows the map:
  // the camera of the picture baked into the page when it shows this view (the live map paints
  // over it without a jump), else the involved regions fitted. A resize fits them again.
  const { size, camera, limits } = getSvgView();
  useLayoutEffect(() => {
    if (!camera && size && size.width > 0 && size.height > 0) {
      const baked = inlineCamera(fitBounds);
      const first = baked ? constrain(baked, size, limits) : fittedCamera(fitBounds, size, limits);
      setSvgView({ camera: first, fitted: fitBounds });
    }
  }, [camera, size, limits, fitBounds]);

  useLayoutEffect(() => {
    setSvgView({ element: svg.current, active });
  }, [svg, active]);
  useEffect(() => () => setSvgView({ element: null, active: false }), []);
}
